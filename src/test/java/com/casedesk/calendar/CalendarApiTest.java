package com.casedesk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.casedesk.support.CaseDeskTest;

@CaseDeskTest
class CalendarApiTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void shouldAnswerTheIssuesExampleWithTheDueTimeAndTheCustomersOffset() {
        ResponseEntity<String> answer = post(Map.of("country", "SE", "from", "2026-04-01T15:00:00+02:00",
                "businessHours", 4));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).isEqualTo("{\"due\":\"2026-04-02T11:00+02:00\"}");
    }

    @Test
    void shouldCountTheAlarmCentresHoursAroundTheClock() {
        ResponseEntity<String> answer = post(Map.of("country", "DK", "from", "2026-04-02T22:00:00+02:00",
                "businessHours", 4, "group", "alarm-centre"));
        assertThat(answer.getBody()).isEqualTo("{\"due\":\"2026-04-03T02:00+02:00\"}");
    }

    @Test
    void shouldAnswer400NamingEveryBadField() {
        ResponseEntity<String> answer = post(Map.of("country", "NO", "from", "tomorrow", "businessHours", -1));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("\"field\":\"country\"", "must be SE or DK", "\"field\":\"from\"",
                "\"field\":\"businessHours\"");
    }

    @Test
    void shouldAnswer400ForAMissingFromTime() {
        ResponseEntity<String> answer = post(Map.of("country", "SE", "businessHours", 4));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("\"field\":\"from\"", "is required");
    }

    @Test
    void shouldAnswer400NamingAFieldThatIsNotANumber() {
        ResponseEntity<String> answer = post(Map.of("country", "SE", "from", "2026-04-01T15:00:00+02:00",
                "businessHours", "four"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("\"field\":\"businessHours\"");
    }

    private ResponseEntity<String> post(Map<String, Object> body) {
        return rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD)
                .postForEntity("/api/calendar/due", body, String.class);
    }
}
