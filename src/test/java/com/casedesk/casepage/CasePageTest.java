package com.casedesk.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.intake.MailboxPoller;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.processes.FormJs;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.system.Groups;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The case page over real HTTP, as a browser asks it: the login form (with its CSRF token) in front of every page,
 * a mail-born fault case with its mail, its classification's reasons and its triage outcome and note, and the 403
 * and 404 pages. The mail goes through the embedded mail server and the real intake.
 */
@CaseDeskTest
class CasePageTest {

    private static final String PASSWORD = "case-page-password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    EmbeddedMailServer mailServer;
    @Autowired
    MailboxPoller poller;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void users() {
        user("page-support", Groups.TECHNICAL_SUPPORT);
        user("page-billing", Groups.BILLING);
    }

    @Test
    void shouldSendAVisitorWithoutSessionToTheLoginFormAndRefuseAWrongPassword() throws Exception {
        HttpResponse<String> page = get("/cases");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(get("/login").body()).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"");
        // a user of its own: Camunda delays the next login of a user after a wrong password
        user("page-mistyped", Groups.TECHNICAL_SUPPORT);
        HttpResponse<String> refused = logIn("page-mistyped", "wrong-password");
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        // the API keeps HTTP Basic: no login form, no redirect
        assertThat(get("/api/cases").statusCode()).isEqualTo(401);
    }

    @Test
    void shouldRefuseALoginWithoutTheCsrfToken() throws Exception {
        HttpResponse<String> response = post("/login", "username=page-support&password=" + PASSWORD);
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void shouldShowTheMailTheDecisionsReasonsAndTheTaskOutcomeOfAMailBornCase() throws Exception {
        String subject = "Larmet piper " + System.nanoTime();
        String caseNumber = mail("anna.lind@solros.example", subject,
                "Hej,\ncentralen piper hela tiden och displayen visar fel 12 sedan i morse.\nMvh Anna");
        Task triage = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey("userTask_triageFault").initializeFormKeys().singleResult();
        new FormJs(Path.of("processes")).work(engine, triage, Map.of("triageOutcome", "VISIT",
                "triageNote", "Panel fault 12: the battery is worn out"));

        HttpResponse<String> first = get("/cases/" + caseNumber);
        assertThat(first.statusCode()).isEqualTo(302);
        HttpResponse<String> loggedIn = logIn("page-support", PASSWORD);
        assertThat(loggedIn.headers().firstValue("Location").orElseThrow()).contains("/cases/" + caseNumber);

        HttpResponse<String> page = get("/cases/" + caseNumber);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("displayen visar fel 12 sedan i morse", subject);
        assertThat(html).contains("email-classification", "FAULT_REPORT");
        assertThat(html).containsPattern("(?s)class=\"reasons\">\\s*<li>[^<]+</li>");
        assertThat(html).contains("Task &#39;Triage fault&#39; completed by technical-support-demo", "Technician visit",
                "Panel fault 12: the battery is worn out");
        assertThat(html).contains("/camunda/app/cockpit/default/#/process-instance/");
        assertThat(html).contains("/camunda/app/tasklist/default/#/?task=");
        assertThat(html).contains("Bageriet Solros AB");

        HttpResponse<String> found = get("/cases?query=" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
        assertThat(found.body()).contains("href=\"/cases/" + caseNumber + "\"");
    }

    @Test
    void shouldAnswerANonMemberWith403AndAnUnknownCaseWith404() throws Exception {
        String caseNumber = mail("anna.lind@solros.example", "Larmet piper igen " + System.nanoTime(),
                "Hej, displayen visar fel 14.");
        logIn("page-billing", PASSWORD);
        HttpResponse<String> refused = get("/cases/" + caseNumber);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Not yours to read", "page-billing is in billing");
        assertThat(refused.body()).doesNotContain("displayen visar fel 14");
        HttpResponse<String> missing = get("/cases/CD-1999-999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Case CD-1999-999999 does not exist.");
    }

    private HttpResponse<String> logIn(String user, String password) throws Exception {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
        HttpResponse<String> response = post("/login", "username=" + user + "&password=" + password + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(302);
        return response;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the mail as a mail client does and waits for the case it opens. */
    private String mail(String from, String subject, String text) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "localhost");
        props.put("mail.smtp.port", String.valueOf(mailServer.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mailServer.mailbox()));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
        poller.wakeUp();
        for (int i = 0; i < 120; i++) {
            var found = jdbc.queryForList("SELECT case_number FROM cd_intake_mail WHERE subject = ? AND case_number IS NOT NULL",
                    String.class, subject);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no case opened for the mail '" + subject + "'");
    }

    private void user(String id, String group) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
    }
}
