package com.casedesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.casedesk.support.CaseDeskTest;

/** The what-if replay over decisions taken through the API, with a candidate zip as an analyst sends it. */
@CaseDeskTest
class RuleReplayTest {

    private static final String[][] REMINDERS = {
            {"SE", "1", "true"}, {"SE", "1", "false"}, {"SE", "2", "true"}, {"SE", "2", "true"}, {"SE", "2", "true"},
            {"SE", "2", "false"}, {"SE", "2", "false"}, {"DK", "1", "false"}, {"DK", "2", "true"}, {"DK", "2", "false"}};

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Clock clock;
    @Autowired
    RuleBase rules;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldCountExactlyTheSecondSwedishRemindersWithAnAgreedFeeWhenTheFeeGoesFrom60To75() throws Exception {
        // Given ten reminder-fee decisions, three of them second Swedish reminders with an agreed fee
        Instant from = clock.instant();
        for (String[] reminder : REMINDERS) {
            ResponseEntity<String> decided = admin().postForEntity("/api/decisions/reminder-fee", jsonBody(
                    "{\"country\":\"%s\",\"reminderNumber\":%s,\"reminderFeeAgreed\":%s}".formatted((Object[]) reminder)),
                    String.class);
            assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        String inForce = rules.rulesVersion();

        // When the candidate raises the Swedish fee to 75 SEK
        ResponseEntity<String> replayed = replay(rulesZip(true), "from=" + from);

        // Then exactly those three change, shown side by side, and the rules in force stay as they were
        assertThat(replayed.getStatusCode()).as(replayed.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode report = json.readTree(replayed.getBody());
        JsonNode reminderFee = decision(report, "reminder-fee");
        assertThat(reminderFee.path("evaluated").asInt()).isEqualTo(10);
        assertThat(reminderFee.path("changed").asInt()).isEqualTo(3);
        assertThat(reminderFee.path("examples")).hasSize(3);
        JsonNode example = reminderFee.path("examples").get(0);
        assertThat(example.at("/before/outcome/0/value/fee").decimalValue()).isEqualByComparingTo("60");
        assertThat(example.at("/after/outcome/0/value/fee").decimalValue()).isEqualByComparingTo("75");
        assertThat(example.at("/before/reasons/0/code").asText()).isEqualTo("REMINDER_FEE_AGREED");
        assertThat(example.at("/before/rulesVersion").asText()).isEqualTo(inForce);
        assertThat(report.path("candidateVersion").asText()).isNotEqualTo(inForce);
        assertThat(report.path("scenarioProblems")).isEmpty();
        assertThat(rules.rulesVersion()).isEqualTo(inForce);
    }

    @Test
    void shouldChangeNothingWhenTheCandidateIsTheRulesInForce() throws Exception {
        Instant from = clock.instant();
        admin().postForEntity("/api/decisions/reminder-fee",
                jsonBody("{\"country\":\"SE\",\"reminderNumber\":2,\"reminderFeeAgreed\":true}"), String.class);

        JsonNode report = json.readTree(replay(rulesZip(false), "from=" + from).getBody());

        assertThat(decision(report, "reminder-fee").path("evaluated").asInt()).isEqualTo(1);
        assertThat(decision(report, "reminder-fee").path("changed").asInt()).isZero();
    }

    @Test
    void shouldNameFileAndLineOfACandidateThatDoesNotCompile() throws Exception {
        byte[] zip = zip("termination/eligibility.drl", "package x;\nrule \"Broken\" when then\n");

        ResponseEntity<String> replayed = replay(zip, "last=5");

        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(replayed.getBody()).contains("termination/eligibility.drl:");
    }

    @Test
    void shouldRefuseAReplayWithoutCredentials() {
        assertThat(rest.postForEntity("/api/rules/replay", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static JsonNode decision(JsonNode report, String name) {
        for (JsonNode decision : report.path("decisions")) {
            if (decision.path("decision").asText().equals(name)) {
                return decision;
            }
        }
        throw new AssertionError("no " + name + " in " + report);
    }

    private ResponseEntity<String> replay(byte[] zip, String query) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("rules", new ByteArrayResource(zip) {
            @Override
            public String getFilename() {
                return "rules.zip";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return admin().postForEntity("/api/rules/replay?" + query, new HttpEntity<>(parts, headers), String.class);
    }

    /** The rules folder zipped under a top folder rules/, as a file manager zips it; optionally with 75 SEK. */
    private static byte[] rulesZip(boolean fee75) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); var files = Files.walk(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String content = Files.readString(file);
                if (fee75) {
                    content = content.replace("\"SE\",\"2\",\"true\",\"60\"", "\"SE\",\"2\",\"true\",\"75\"")
                            .replace("SE,2,true,60,SEK", "SE,2,true,75,SEK");
                }
                zip.putNextEntry(new ZipEntry(file.toString().replace('\\', '/')));
                zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD);
    }
}
