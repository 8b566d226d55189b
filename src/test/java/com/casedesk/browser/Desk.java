package com.casedesk.browser;

import static com.casedesk.browser.CaseDeskForBrowsers.PASSWORD;
import static com.casedesk.browser.CaseDeskForBrowsers.bean;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxSender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * What customers and handlers do around Tasklist: a customer mails CaseDesk's mailbox over SMTP (as a mail client
 * writes it), a handler finds the case's task by its name (as the list shows it) and opens it as the demo user of
 * the task's group; afterwards the case is read through the case API.
 */
final class Desk {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Desk() {
    }

    static void mail(String from, String subject, String text) throws Exception {
        send(from, subject, text, null);
    }

    /** A customer's answer to one of CaseDesk's mails, threaded as a mail client threads it. */
    static void reply(MimeMessage to, String from, String text) throws Exception {
        send(from, "SV: " + to.getSubject(), text, to.getMessageID());
    }

    private static void send(String from, String subject, String text, String inReplyTo) throws Exception {
        EmbeddedMailServer server = bean(EmbeddedMailServer.class);
        Properties props = new Properties();
        props.put("mail.smtp.host", "localhost");
        props.put("mail.smtp.port", String.valueOf(server.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(server.mailbox()));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        if (inReplyTo != null) {
            message.setHeader("In-Reply-To", inReplyTo);
            message.setHeader("References", inReplyTo);
        }
        Transport.send(message);
    }

    /** The case intake opened for the mail {@code from} sent with {@code subject} (its first timeline entry). */
    static String awaitCaseOf(String from, String subject) throws InterruptedException {
        return awaitFirst("SELECT case_number FROM cd_case_event WHERE summary = ? ORDER BY id",
                "Mail from " + from + ": " + subject, "no case opened for the mail '" + subject + "'");
    }

    /** The case that continues {@code caseNumber} (linked to it). */
    static String awaitCaseLinkedTo(String caseNumber) throws InterruptedException {
        return awaitFirst("SELECT case_number FROM cd_case WHERE linked_case_number = ? ORDER BY id",
                caseNumber, "no case continues " + caseNumber);
    }

    private static String awaitFirst(String query, String key, String failure) throws InterruptedException {
        JdbcTemplate jdbc = bean(JdbcTemplate.class);
        for (int i = 0; i < 120; i++) {
            List<String> found = jdbc.queryForList(query, String.class, key);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError(failure);
    }

    /** The case's open task of this name, as Tasklist lists it (the case is the business key of its processes). */
    static Task awaitTask(String caseNumber, String taskName) throws InterruptedException {
        TaskService tasks = bean(TaskService.class);
        for (int i = 0; i < 60; i++) {
            // the case's own process carries it as business key; a called process may carry it as a variable only
            Map<String, Task> open = new LinkedHashMap<>();
            tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskName(taskName).active().list()
                    .forEach(task -> open.put(task.getId(), task));
            tasks.createTaskQuery().processVariableValueEquals("caseNumber", caseNumber).taskName(taskName).active()
                    .list().forEach(task -> open.put(task.getId(), task));
            if (open.size() == 1) {
                return open.values().iterator().next();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("case " + caseNumber + " never waited at '" + taskName + "'; open: "
                + tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream().map(Task::getName).toList());
    }

    /** The demo user of {@code group} logs in (unless already) and opens the case's task; the caller fills the form. */
    static Tasklist openAs(String group, String caseNumber, String taskName) throws Exception {
        Task task = awaitTask(caseNumber, taskName);
        Tasklist browser = CaseDeskForBrowsers.tasklist();
        browser.logIn(group + "-demo", PASSWORD);
        browser.open(task.getId());
        return browser;
    }

    /** GET /api/cases/{n} as the demo user of {@code group}. */
    static JsonNode caseApi(String caseNumber, String group) throws Exception {
        String login = Base64.getEncoder().encodeToString((group + "-demo:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(CaseDeskForBrowsers.baseUrl() + "/api/cases/" + caseNumber))
                .header("Authorization", "Basic " + login).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /api/cases/" + caseNumber + " as " + group + ": " + response.statusCode()
                    + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The summaries of the case's timeline, in order. */
    static List<String> timeline(JsonNode caseView) {
        List<String> summaries = new ArrayList<>();
        caseView.get("timeline").forEach(entry -> summaries.add(entry.get("summary").asText()));
        return summaries;
    }

    /** Each fragment is in an entry of the timeline, each in a later entry than the one before. */
    static void assertInOrder(List<String> timeline, String... fragments) {
        int at = 0;
        for (String fragment : fragments) {
            while (at < timeline.size() && !timeline.get(at).contains(fragment)) {
                at++;
            }
            if (at == timeline.size()) {
                throw new AssertionError("the timeline has no '" + fragment + "' after the entries before it:\n  "
                        + String.join("\n  ", timeline));
            }
            at++;
        }
    }

    /**
     * Delivers CaseDesk's outbox and waits until {@code recipient} has at least {@code count} mails whose subject
     * contains {@code subjectPart}; returns those mails.
     */
    static List<MimeMessage> awaitMails(String recipient, String subjectPart, int count) throws Exception {
        for (int i = 0; i < 120; i++) {
            bean(OutboxSender.class).sendDue();
            List<MimeMessage> mails = Arrays.stream(bean(EmbeddedMailServer.class).greenMail().getReceivedMessages())
                    .filter(mail -> isTo(mail, recipient) && subject(mail).contains(subjectPart)).toList();
            if (mails.size() >= count) {
                return mails;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("fewer than " + count + " mails '…" + subjectPart + "…' reached " + recipient);
    }

    private static boolean isTo(MimeMessage mail, String recipient) {
        try {
            Address[] to = mail.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().toLowerCase().contains(recipient));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The content types of a mail's attachments. */
    static List<String> attachmentTypes(MimeMessage mail) throws Exception {
        List<String> types = new ArrayList<>();
        if (mail.getContent() instanceof jakarta.mail.Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                if (jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
                    types.add(parts.getBodyPart(i).getContentType().toLowerCase());
                }
            }
        }
        return types;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }

    static String inDays(int days) {
        return today().plusDays(days).toString();
    }
}
