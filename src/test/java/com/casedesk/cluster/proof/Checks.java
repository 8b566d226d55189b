package com.casedesk.cluster.proof;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

/** What the shared mail server received and what the database says, counted after the run. */
final class Checks {

    private static final Pattern INVOICE = Pattern.compile("PX-I-\\d{6}");

    private final Cluster cluster;
    private final Load load;
    final List<String> misses = new ArrayList<>();

    Checks(Cluster cluster, Load load) {
        this.cluster = cluster;
        this.load = load;
    }

    /**
     * Different reminder mails (by Message-ID) received per invoice number (subject): a reminder job that ran twice
     * wrote two mails; one mail delivered twice is the outbox check's business.
     */
    Map<String, Integer> remindersPerInvoice() throws MessagingException {
        Map<String, Set<String>> ids = new HashMap<>();
        for (MimeMessage message : cluster.mail.getReceivedMessages()) {
            String subject = message.getSubject();
            Matcher matcher = subject == null ? null : INVOICE.matcher(subject);
            if (matcher != null && matcher.find() && !isTo(message, Cluster.SUPPORT)) {
                ids.computeIfAbsent(matcher.group(), invoice -> new HashSet<>()).add(message.getMessageID());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        ids.forEach((invoice, messageIds) -> counts.put(invoice, messageIds.size()));
        return counts;
    }

    /** How many copies of each Message-ID customers received (mails to the support mailbox left out). */
    Map<String, Integer> receivedPerMessageId() throws MessagingException {
        Map<String, Integer> counts = new HashMap<>();
        for (MimeMessage message : cluster.mail.getReceivedMessages()) {
            if (!isTo(message, Cluster.SUPPORT)) {
                counts.merge(message.getMessageID(), 1, Integer::sum);
            }
        }
        return counts;
    }

    long count(String sql) throws SQLException {
        try (Connection connection = cluster.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = cluster.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Messages in a folder of the support mailbox, read over IMAP as a mail client would. */
    int mailboxCount(String folder) throws MessagingException {
        Properties properties = new Properties();
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", cluster.imapPort, Cluster.SUPPORT, cluster.supportPassword());
        try {
            // level by level, as the intake creates them: the server chooses its hierarchy separator
            Folder opened = store.getDefaultFolder();
            for (String name : folder.split("/")) {
                opened = opened.getFolder(name);
                if (!opened.exists()) {
                    return 0;
                }
            }
            opened.open(Folder.READ_ONLY);
            try {
                return opened.getMessageCount();
            } finally {
                opened.close(false);
            }
        } finally {
            store.close();
        }
    }

    void expect(boolean condition, String what) {
        if (!condition) {
            misses.add(what);
        }
        System.out.printf("  [%s] %s%n", condition ? " ok " : "MISS", what);
    }

    Set<String> allInvoiceNumbers() {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < load.invoices; i++) {
            numbers.add(Load.invoiceNumber(i));
        }
        return numbers;
    }

    private static boolean isTo(MimeMessage message, String address) throws MessagingException {
        Address[] to = message.getAllRecipients();
        if (to == null) {
            return false;
        }
        for (Address recipient : to) {
            if (recipient.toString().contains(address)) {
                return true;
            }
        }
        return false;
    }
}
