package com.casedesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.casedesk.support.CaseDeskTest;

/** Tasklist, Cockpit and Admin load CaseDesk's config.js, styles and logo instead of Camunda's samples. */
@CaseDeskTest
class WebappBrandingTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void shouldServeTheCaseDeskNameStylesAndLogoToEveryWebappWithTheEndOfLifeBannerHidden() {
        for (String app : new String[] { "tasklist", "cockpit", "admin" }) {
            assertThat(get("/camunda/app/" + app + "/scripts/config.js")).as(app).contains("vendor: 'CaseDesk'");
            assertThat(get("/camunda/app/" + app + "/styles/user-styles.css")).as(app)
                    .contains(".ce-eol-banner", "display: none !important", "casedesk-logo.svg");
            assertThat(get("/camunda/app/" + app + "/styles/casedesk-logo.svg")).as(app).contains("CaseDesk");
        }
    }

    private String get(String path) {
        ResponseEntity<String> response = rest.getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }
}
