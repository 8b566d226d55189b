package com.casedesk.system;

import static com.casedesk.service.TechnicianVisitProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseStarter.CaseSubject;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.CaseIntake;
import com.casedesk.inquiry.CustomerInquiryProcess;
import com.casedesk.inquiry.InquiryIntent;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.service.VisitChecklist;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.ProcessTestSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Engine REST, and the webapps' engine API that Tasklist calls, answer input a task listener or step refuses with
 * 400 in Camunda's error body naming the field; the task stays open. Camunda's other answers stay as they were.
 */
@CaseDeskTest
class RefusedTaskInputTest {

    // Monday 2 March 2026, 10:00 in Stockholm
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired CaseStarter starter;
    @Autowired CaseIntake intake;
    @Autowired TestRestTemplate rest;
    @LocalServerPort int port;

    @BeforeEach
    void setClock() {
        ProcessTestSupport.setClock(NOW);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void shouldAnswerAChecklistWithAnOpenItemWith400AndKeepTheTaskOpen() {
        // Given a visit whose appointment the coordinator agreed through engine REST, after a refused first try
        String visit = startVisit();
        String scheduling = taskOf(visit);
        ResponseEntity<JsonNode> badAppointment = complete(scheduling,
                Map.of(VISIT_DATE, "2026-03-01", VISIT_TIME, "09:30", VISIT_TECHNICIAN, " "));
        assertThat(badAppointment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badAppointment.getBody().get("message").asText())
                .contains("\"Visit date\" (visitDate): 2026-03-01 is in the past", "\"Technician\" (visitTechnician): required");
        assertThat(complete(scheduling, Map.of(VISIT_DATE, "2026-03-10", VISIT_TIME, "09:30", VISIT_TECHNICIAN, "Tekniker Tor"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String checklist = taskOf(visit);

        // When the technician completes the checklist with item 2 neither done nor not applicable
        ResponseEntity<JsonNode> refused = complete(checklist, Map.of(itemStatus(1), STATUS_DONE, itemStatus(3), STATUS_DONE));

        // Then it is a 400 in Camunda's error body naming the item, and nothing was kept: the task still waits
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().has("type")).isTrue();
        assertThat(refused.getBody().has("code")).isTrue();
        assertThat(refused.getBody().get("message").asText())
                .contains("\"Checklist item 2, Result\" (" + itemStatus(2)
                        + ") (HAND_OVER_KEY): neither confirmed done nor marked not applicable");
        assertThat(tasks.createTaskQuery().taskId(checklist).count()).isEqualTo(1);
        assertThat(runtime.getVariable(visit, itemStatus(1))).isNull();

        // When they complete it correctly, then it is done
        ResponseEntity<JsonNode> completed = complete(checklist, Map.of(itemStatus(1), STATUS_DONE,
                itemStatus(2), STATUS_DONE, itemStatus(3), STATUS_DONE));
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks.createTaskQuery().taskId(checklist).count()).isZero();
    }

    @Test
    void shouldAnswerAStepRefusingTheTasksInputWith400() {
        // Given the alarm centre's task to agree arm/disarm check times
        String inquiry = intake.open(NewCaseRequest.of(CaseType.GENERAL_INQUIRY, "SE-1001", "anna.lind@solros.example",
                null, "Please check that we arm the alarm").withIntent(InquiryIntent.ARM_DISARM_CHECK.name())).processInstanceId();
        String task = taskOf(inquiry);

        // When it is completed without the days, then the step after the task refuses it: 400, the task waits
        ResponseEntity<JsonNode> refused = complete(task, Map.of(CustomerInquiryProcess.ARM_BY, "18:00",
                CustomerInquiryProcess.DISARM_BY, "07:30", "answer", "Agreed."));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("message").asText())
                .contains("\"Days (e.g. Monday-Friday)\" (checkDays) is required");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }

    @Test
    void shouldAnswerTasklistsSubmitOfARefusedChecklistWith400() throws Exception {
        // Given a visit waiting for the technician, and a Tasklist login
        String visit = startVisit();
        tasks.complete(taskOf(visit), Map.of(VISIT_DATE, "2026-03-10", VISIT_TIME, "09:30", VISIT_TECHNICIAN, "Tekniker Tor"));
        String checklist = taskOf(visit);
        Tasklist tasklist = Tasklist.login(port);

        // When the technician submits the form with item 3 marked not applicable without a reason
        HttpResponse<String> refused = tasklist.submitForm(checklist, Map.of(itemStatus(1), STATUS_DONE,
                itemStatus(2), STATUS_DONE, itemStatus(3), STATUS_NOT_APPLICABLE));

        // Then Tasklist gets a 400 naming the field as the form labels it (and its key), and the task waits
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("message").asText())
                .contains("\"Checklist item 3, Why not applicable\" (" + itemReason(3)
                        + ") (REMOVE_SIGNS): marked not applicable without a reason");
        assertThat(tasks.createTaskQuery().taskId(checklist).count()).isEqualTo(1);
    }

    @Test
    void shouldKeepCamundasAnswerForAnUnknownTask() {
        // as before: Camunda answers a complete of a task that does not exist with 500
        String unknown = UUID.randomUUID().toString();

        ResponseEntity<JsonNode> response = complete(unknown, Map.of());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(response.getBody().get("type").asText()).isEqualTo("RestException");
        assertThat(response.getBody().get("message").asText()).contains("Cannot find task with id " + unknown);
    }

    // --- helpers

    private String startVisit() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CUSTOMER_NUMBER, "SE-1001");
        variables.put(SITE_ID, "SE-S-1001");
        variables.put(VISIT_PURPOSE, "Dismantle before the contract ends");
        variables.put(VISIT_CHECKLIST, VisitChecklist.toJson(List.of(
                new VisitChecklist.Item("DISMANTLE_EQUIPMENT", "Dismantle the equipment"),
                new VisitChecklist.Item("HAND_OVER_KEY", "Hand over the key from the key box"),
                new VisitChecklist.Item("REMOVE_SIGNS", "Remove the security signs"))));
        variables.put(VISIT_CONTACT_EMAIL, "visit-" + UUID.randomUUID() + "@example.test");
        variables.put(VISIT_LATEST_DATE, "2026-05-30");
        return starter.start(CaseType.SERVICE_REQUEST, PROCESS_KEY,
                CaseSubject.of("Technician visit").withCustomer("SE-1001").withSite("SE-S-1001"), variables)
                .processInstanceId();
    }

    private String taskOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }

    private ResponseEntity<JsonNode> complete(String taskId, Map<String, String> variables) {
        return rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD)
                .postForEntity("/engine-rest/task/" + taskId + "/complete", body(variables), JsonNode.class);
    }

    /** Camunda's request body: {@code {"variables": {"name": {"value": "..."}}}}. */
    private static Map<String, Object> body(Map<String, String> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return Map.of("variables", typed);
    }

    /** What the Tasklist app does: log in to the webapps, then call their engine API with the CSRF token. */
    private record Tasklist(HttpClient http, String base, String csrfToken) {

        static Tasklist login(int port) throws Exception {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://localhost:" + port + "/camunda";
            String form = "username=" + CaseDeskTest.ADMIN + "&password="
                    + URLEncoder.encode(CaseDeskTest.ADMIN_PASSWORD, StandardCharsets.UTF_8);
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrfToken(http, base))
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            // the login starts a new session, with a token of its own
            return new Tasklist(http, base, csrfToken(http, base));
        }

        private static String csrfToken(HttpClient http, String base) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).build(),
                    HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        }

        HttpResponse<String> submitForm(String taskId, Map<String, String> variables) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/task/" + taskId + "/submit-form"))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrfToken)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body(variables)))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
