package com.casedesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.casedesk.CaseDeskApplication;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseRecord;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseType;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.customers.InvoiceStatus;
import com.casedesk.cases.CaseIntake;
import com.casedesk.inquiry.InquiryIntent;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.system.Groups;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A handler's day in Tasklist, in headless chromium: each case is worked to its end through the real forms, each
 * task by a user of its group. Runs only with {@code ./mvnw -Pbrowser test} (see README).
 */
@Tag("browser")
class HandlersDayBrowserTest {

    private static final String PASSWORD = "browser-suite-password";
    private static Tasklist tasklist;

    private static ConfigurableApplicationContext app;
    static int port;
    static TaskService tasks;
    static RuntimeService runtime;
    static CaseManagement cases;
    static EmbeddedMailServer mailServer;
    static CaseIntake intake;
    static InvoiceRepository invoices;

    /**
     * CaseDesk as {@code spring-boot:run} starts it (demo data, job executor, mailbox intake), on free ports and a
     * fresh database. The demo users get generated passwords; the suite sets its own through the identity service.
     */
    @BeforeAll
    static void startCaseDesk() throws Exception {
        app = new SpringApplicationBuilder(CaseDeskApplication.class).run("--server.port=0",
                "--casedesk.data-dir=" + Files.createTempDirectory("casedesk-browser"),
                "--casedesk.admin.password=browser-admin-password",
                "--casedesk.mail.embedded.smtp-port=0", "--casedesk.mail.embedded.imap-port=0",
                "--logging.level.root=WARN");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
        tasks = app.getBean(TaskService.class);
        runtime = app.getBean(RuntimeService.class);
        cases = app.getBean(CaseManagement.class);
        mailServer = app.getBean(EmbeddedMailServer.class);
        intake = app.getBean(CaseIntake.class);
        invoices = app.getBean(InvoiceRepository.class);
        IdentityService identity = app.getBean(IdentityService.class);
        for (String group : List.of(Groups.CUSTOMER_SERVICE, Groups.TECHNICAL_SUPPORT, Groups.SERVICE_COORDINATION,
                Groups.BILLING, Groups.ALARM_CENTRE)) {
            User user = identity.createUserQuery().userId(group + "-demo").singleResult();
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
    }

    @AfterAll
    static void closeBrowserAndCaseDesk() {
        if (tasklist != null) {
            tasklist.close();
        }
        if (app != null) {
            app.close();
        }
    }

    /** A fresh browser for each handler. */
    private Tasklist tasklist() throws Exception {
        if (tasklist != null) {
            tasklist.close();
        }
        tasklist = new Tasklist("http://localhost:" + port);
        return tasklist;
    }

    private void mail(String from, String subject, String text) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "localhost");
        props.put("mail.smtp.port", String.valueOf(mailServer.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mailServer.mailbox()));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }

    private CaseRecord awaitCaseFrom(String contactEmail, String subject) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            var found = new java.util.ArrayList<>(runtime.createProcessInstanceQuery()
                    .variableValueEquals("requestSubject", subject).variableValueEquals("contactEmail", contactEmail).list());
            // a termination runs contractTermination, whose variables name the requester instead
            found.addAll(runtime.createProcessInstanceQuery().processDefinitionKey("contractTermination")
                    .variableValueEquals("requesterEmail", contactEmail).list());
            if (!found.isEmpty()) {
                return cases.get(found.get(0).getBusinessKey());
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no case opened for the mail '" + subject + "'");
    }

    private Task awaitTask(String caseNumber, String taskKey) throws InterruptedException {
        for (int i = 0; i < 60; i++) {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
                    .active().singleResult();
            if (task != null) {
                return task;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("case " + caseNumber + " never waited at " + taskKey);
    }

    /** Logs in as the task group's user, opens the task; the caller fills the form and completes. */
    private Tasklist openAs(String group, String caseNumber, String taskKey) throws Exception {
        Task task = awaitTask(caseNumber, taskKey);
        Tasklist browser = tasklist();
        browser.logIn(group + "-demo", PASSWORD);
        browser.open(task.getId());
        return browser;
    }

    private static String inDays(int days) {
        return LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(days).toString();
    }

    @Test
    void shouldWorkAFaultReportByMailThroughATechnicianVisit() throws Exception {
        String subject = "Larmet piper " + System.nanoTime();
        mail("anna.lind@solros.example", subject, "Hej, centralen piper hela tiden och displayen visar fel 12.");
        String caseNumber = awaitCaseFrom("anna.lind@solros.example", subject).getCaseNumber();

        Tasklist t = openAs(Groups.TECHNICAL_SUPPORT, caseNumber, "userTask_triageFault");
        t.choose("Outcome", "Technician visit");
        t.type("Triage note", "Panel fault 12: the technician replaces the panel battery");
        t.screenshot("triage-fault");
        assertThat(t.complete()).isNull();

        t = openAs(Groups.SERVICE_COORDINATION, caseNumber, "userTask_scheduleVisit");
        assertThat(t.visible("Checklist item 2")).as("only the visit's real checklist items show").isFalse();
        t.screenshot("schedule-visit");
        t.date("Visit date", inDays(3));
        t.type("Time", "09:30");
        t.type("Technician", "Tekniker Tor");
        t.screenshot("schedule-visit-filled");
        assertThat(t.complete()).isNull();

        t = openAs(Groups.TECHNICAL_SUPPORT, caseNumber, "userTask_performVisit");
        t.radio("Result", 1, "Done");
        t.screenshot("perform-visit");
        assertThat(t.complete()).isNull();

        CaseRecord done = cases.get(caseNumber);
        assertThat(done.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.timeline(caseNumber)).extracting(e -> e.getSummary())
                .anyMatch(s -> s.contains("Technician visit agreed for " + inDays(3)))
                .anyMatch(s -> s.startsWith("Visit report"));
    }

    @Test
    void shouldWorkAnInvoiceDisputeToACreditedInvoice() throws Exception {
        String invoice = "SE-I-1003";
        String caseNumber = intake.open(NewCaseRequest.of(CaseType.INVOICE_QUESTION, "SE-1002", null, null,
                "Fakturan " + invoice + " är fel, vi har redan betalat för samma period")
                .withIntent(InquiryIntent.INVOICE_DISPUTE.name()).withInvoice(invoice)).caseNumber();

        Tasklist t = openAs(Groups.BILLING, caseNumber, "userTask_reviewDispute");
        t.choose("Decision", "Credit the invoice");
        t.type("Answer to the customer", "Vi har krediterat fakturan.");
        t.screenshot("review-dispute");
        assertThat(t.complete()).isNull();

        assertThat(cases.get(caseNumber).getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(invoices.findByNumber(invoice).orElseThrow().getStatus()).isEqualTo(InvoiceStatus.CREDITED);
        assertThat(cases.timeline(caseNumber)).extracting(e -> e.getSummary())
                .anyMatch(s -> s.contains("invoice credited"));
    }

    @Test
    void shouldWorkATerminationByAnAuthorizedContactThroughTheVisitWithTheFullChecklist() throws Exception {
        String subject = "Opsigelse af alarmaftale " + System.nanoTime();
        mail("peter@havn.example", subject, "Hej, vi vil gerne opsige vores alarmaftale. Venlig hilsen Peter");
        String caseNumber = awaitCaseFrom("peter@havn.example", subject).getCaseNumber();

        Tasklist t = openAs(Groups.SERVICE_COORDINATION, caseNumber, "userTask_scheduleVisit");
        t.date("Visit date", inDays(5));
        t.type("Time", "10:00");
        t.type("Technician", "Tekniker Tor");
        t.screenshot("termination-schedule");
        assertThat(t.complete()).isNull();

        t = openAs(Groups.TECHNICAL_SUPPORT, caseNumber, "userTask_performVisit");
        int items = t.count("Result");
        assertThat(items).as("the termination checklist's items").isGreaterThan(1);
        for (int n = 1; n <= items; n++) {
            t.radio("Result", n, "Done");
        }
        t.screenshot("termination-checklist");
        assertThat(t.complete()).isNull();

        assertThat(cases.timeline(caseNumber)).extracting(e -> e.getSummary())
                .anyMatch(s -> s.startsWith("Visit report"));
    }
}
