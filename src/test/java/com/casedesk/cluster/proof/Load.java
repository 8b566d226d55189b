package com.casedesk.cluster.proof;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The work the proof gives the cluster, through the product's own doors: customers with overdue invoices imported
 * over the API, the daily overdue-invoice scan made due now over engine REST (as an operator would), and customer
 * mails sent to the support mailbox over SMTP.
 */
public final class Load {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final int invoices;
    final int mails;
    final int customers;

    public Load(int invoices, int mails) {
        this.invoices = invoices;
        this.mails = mails;
        // at most 10 invoices and 4 mails per customer (each sender gets at most 5 automatic answers a day)
        this.customers = Math.max(1, Math.max((invoices + 9) / 10, (mails + 3) / 4));
    }

    static String invoiceNumber(int i) {
        return String.format("PX-I-%06d", i);
    }

    static String messageId(int i) {
        return String.format("<proof-mail-%05d@customer.example>", i);
    }

    public void importCustomers(Node node) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        List<Map<String, Object>> list = new ArrayList<>();
        for (int c = 0; c < customers; c++) {
            String n = String.format("%05d", c);
            List<Map<String, Object>> customerInvoices = new ArrayList<>();
            for (int i = c; i < invoices; i += customers) {
                customerInvoices.add(map("number", invoiceNumber(i), "contractNumber", "PX-C-" + n, "amount", 100 + i % 900,
                        "currency", "SEK", "issueDate", today.minusDays(60).toString(),
                        "dueDate", today.minusDays(30).toString(), "status", "OPEN"));
            }
            list.add(map("number", "PX-" + n, "name", "Proof Customer " + n, "orgNumber", "556000-" + n.substring(1),
                    "country", "SE", "invoiceEmail", "billing-" + n + "@customer.example", "eanNumber", null,
                    "contacts", List.of(map("name", "Contact " + n, "email", "contact-" + n + "@customer.example",
                            "phone", "+46 70 000 00 00", "authorized", true)),
                    "sites", List.of(map("siteId", "PX-S-" + n, "address", "Provgatan " + c + ", Stockholm",
                            "remoteSupportCapable", true, "hasKeyBox", false, "signsInstalled", true, "monitoredByUs", true)),
                    "contracts", List.of(map("number", "PX-C-" + n, "siteId", "PX-S-" + n, "type", "SUBSCRIPTION",
                            "startDate", today.minusYears(2).toString(), "noticeMonths", 3, "bindingMonths", 0,
                            "guardCallOutIncluded", false, "reminderFeeAgreed", false)),
                    "invoices", customerInvoices));
        }
        HttpResponse<String> response = post(node, "/api/customers/import", JSON.writeValueAsString(Map.of("customers", list)));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Makes the daily overdue-invoice scan's timer due now (engine REST), so the job executors run it. */
    public void runOverdueScanNow(Node node) throws Exception {
        HttpResponse<String> jobs = get(node, "/engine-rest/job?processDefinitionKey=overdueInvoiceScan&timers=true");
        JsonNode list = JSON.readTree(jobs.body());
        if (jobs.statusCode() != 200 || list.size() != 1) {
            throw new IllegalStateException("expected one scan timer, engine REST answered " + jobs.statusCode() + ": " + jobs.body());
        }
        String due = OffsetDateTime.now().minusMinutes(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
        HttpResponse<String> set = put(node, "/engine-rest/job/" + list.get(0).get("id").asText() + "/duedate",
                "{\"duedate\":\"" + due + "\"}");
        if (set.statusCode() != 204) {
            throw new IllegalStateException("setting the scan's due date answered " + set.statusCode() + ": " + set.body());
        }
    }

    /** Customer mails {@code from} (inclusive) to {@code to} (exclusive), each from a customer's authorized contact. */
    void sendMails(Cluster cluster, int from, int to) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(cluster.smtpPort));
        Session session = Session.getInstance(properties);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = from; i < to; i++) {
                String customer = String.format("%05d", i % customers);
                MimeMessage message = new MimeMessage(session) {
                    @Override
                    protected void updateMessageID() {
                        // keeps the Message-ID set below
                    }
                };
                message.setHeader("Message-ID", messageId(i));
                message.setFrom(new InternetAddress("contact-" + customer + "@customer.example"));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(Cluster.SUPPORT));
                message.setSubject("Question " + i + " about our alarm");
                message.setText("Hello,\n\nwhat are your opening hours this week?\n\nRegards\nContact " + customer + "\n", "UTF-8");
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static HttpResponse<String> post(Node node, String path, String body) throws Exception {
        return HTTP.send(request(node, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> put(Node node, String path, String body) throws Exception {
        return HTTP.send(request(node, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(Node node, String path) throws Exception {
        return HTTP.send(request(node, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(Node node, String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + Cluster.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(node.url(path))).header("Authorization", "Basic " + basic);
    }
}
