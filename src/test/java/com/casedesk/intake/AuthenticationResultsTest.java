package com.casedesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.CaseDeskApplication;
import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.customers.CustomerImport;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.support.KeepsWebappsOfTheSharedContext;

/**
 * With {@code casedesk.mail.trusted-authserv-id} set, a termination from the authorized contact's address is
 * taken as theirs only when the trusted server's topmost Authentication-Results says so; otherwise customer
 * service verifies the sender first, and the timeline says why. Its own application (the setting is read at
 * start), started once for the class.
 */
@ExtendWith({KeepsWebappsOfTheSharedContext.class, OutputCaptureExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthenticationResultsTest {

    private static final String TRUSTED = "mx.casedesk.test";
    private static final String START_MARKER = "authentication-results test application started";

    @TempDir
    static Path dataDir;

    ConfigurableApplicationContext app;
    IntakeTestSupport intake;
    CaseManagement cases;
    ProcessEngine engine;
    String authorized;

    @BeforeAll
    void start() {
        app = new SpringApplicationBuilder(CaseDeskApplication.class).run(
                "--server.port=0",
                // its own engine name: closing this app must not unregister the shared test context's engine
                "--camunda.bpm.process-engine-name=authenticationResultsTest",
                "--casedesk.data-dir=" + dataDir,
                "--casedesk.admin.password=test-admin-password",
                "--casedesk.demo.enabled=false",
                "--casedesk.mail.embedded.smtp-port=0",
                "--casedesk.mail.embedded.imap-port=0",
                "--casedesk.mail.trusted-authserv-id=" + TRUSTED,
                "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=WARN");
        intake = new IntakeTestSupport(app.getBean(EmbeddedMailServer.class), app.getBean(JdbcTemplate.class),
                app.getBean(MailboxPoller.class));
        cases = app.getBean(CaseManagement.class);
        engine = app.getBean(ProcessEngine.class);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        authorized = "chef@kund-" + unique + ".example.se";
        org.slf4j.LoggerFactory.getLogger(AuthenticationResultsTest.class).warn(START_MARKER);
        app.getBean(CustomerImporter.class).importCustomers(new CustomerImport(List.of(new CustomerImport.CustomerRecord(
                "SE-AR-" + unique, "Auth Test AB", "556000-" + unique.substring(0, 4), "SE", "faktura@kund.example.se",
                null, List.of(new CustomerImport.ContactRecord("Karin Chef", authorized, null, true)),
                List.of(), List.of(), List.of()))));
    }

    @Test
    void aProductionLikeStartWithAConfiguredAdminPasswordAndNoDemoDataPrintsNoPassword(CapturedOutput output) {
        // the capture covers the start in @BeforeAll: a line logged there (after the start) is in it
        assertThat(output.getAll()).contains(START_MARKER);
        assertThat(output.getAll()).doesNotContain("with the password", "test-admin-password")
                .doesNotContain("trusted-authserv-id is not set");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aTerminationWithDmarcPassFromTheTrustedServerIsTheAuthorizedContacts() {
        String caseNumber = terminationWith("Authentication-Results: " + TRUSTED + "; spf=pass smtp.mailfrom="
                + domain() + "; dkim=pass header.d=" + domain() + "; dmarc=pass (p=reject) header.from=" + domain());

        assertThat(processOf(caseNumber)).isNotEqualTo(IntakeProcess.SENDER_VERIFICATION);
        assertThat(notes(caseNumber)).noneMatch(note -> note.startsWith("Sender to verify"))
                .noneMatch(note -> note.startsWith("Sender not authenticated"));
    }

    @Test
    void anAlignedDkimPassWithoutDmarcIsEnough() {
        String caseNumber = terminationWith("Authentication-Results: " + TRUSTED + "; dkim=pass header.d=" + domain());

        assertThat(processOf(caseNumber)).isNotEqualTo(IntakeProcess.SENDER_VERIFICATION);
    }

    @Test
    void aTerminationTheTrustedServerFailedGoesToSenderVerificationSayingWhy() {
        String caseNumber = terminationWith("Authentication-Results: " + TRUSTED + "; spf=fail; dkim=none;"
                + " dmarc=fail header.from=" + domain());

        assertThat(processOf(caseNumber)).isEqualTo(IntakeProcess.SENDER_VERIFICATION);
        assertThat(notes(caseNumber)).anyMatch(note -> note.startsWith("Sender to verify: a termination must come from"
                + " an authorized contact; " + authorized + " is an authorized contact's address, but the sender is not"
                + " authenticated (" + TRUSTED + " did not authenticate " + authorized + " (spf=fail, dkim=none, dmarc=fail))"));
    }

    @Test
    void aForgedPassBelowTheTrustedServersHeaderCountsForNothing() {
        // the sender wrote a "pass" with the trusted id into the mail; the trusted server added its own on top
        String caseNumber = terminationWith("Authentication-Results: " + TRUSTED + "; dmarc=fail header.from=" + domain(),
                "Authentication-Results: " + TRUSTED + "; dmarc=pass header.from=" + domain());

        assertThat(processOf(caseNumber)).isEqualTo(IntakeProcess.SENDER_VERIFICATION);
        assertThat(notes(caseNumber)).anyMatch(note -> note.contains("dmarc=fail"));
    }

    @Test
    void aPassFromAnotherServerOrNoHeaderAtAllIsNotAuthenticated() {
        String otherServer = terminationWith("Authentication-Results: mx.elsewhere.example; dmarc=pass header.from=" + domain());
        String noHeader = terminationWith();

        for (String caseNumber : List.of(otherServer, noHeader)) {
            assertThat(processOf(caseNumber)).isEqualTo(IntakeProcess.SENDER_VERIFICATION);
            assertThat(notes(caseNumber)).anyMatch(note -> note.contains("the mail has no Authentication-Results from "
                    + TRUSTED));
        }
    }

    private String terminationWith(String... headers) {
        String id = IntakeTestSupport.newMessageId();
        intake.send(IntakeTestSupport.plain(id, "Karin Chef <" + authorized + ">", "Uppsägning av avtal",
                "Hej, vi säger upp vårt avtal om larmövervakning.", headers));
        Map<String, Object> row = intake.await(id);
        assertThat(row.get("OUTCOME")).isEqualTo("CASE_OPENED");
        return (String) row.get("CASE_NUMBER");
    }

    private String processOf(String caseNumber) {
        String instance = cases.get(caseNumber).getProcessInstanceId();
        String definition = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
                .singleResult().getProcessDefinitionKey();
        return definition;
    }

    private List<String> notes(String caseNumber) {
        return cases.timeline(caseNumber).stream().filter(e -> e.getKind() == CaseEvent.Kind.NOTE)
                .map(CaseEvent::getSummary).toList();
    }

    private String domain() {
        return authorized.substring(authorized.indexOf('@') + 1);
    }
}
