package com.casedesk.rules;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.casedesk.support.CaseDeskTest;



/** Each case type's decision endpoint (beside its decision) answers bodies and names every bad field in a 400. */
@CaseDeskTest
class DecisionEndpointsTest {

    private static final String TERMINATION = """
            {"contract": {"type": "RENTAL", "startDate": "2024-03-31", "noticeMonths": 3, "bindingMonths": 24},
             "request":  {"receivedDate": "2026-01-15", "channel": "EMAIL", "requesterAuthorized": true}}
            """;

    private final MockMvc mvc;

    @Autowired
    DecisionEndpointsTest(WebApplicationContext context) {
        // the real controllers, converters and error handling of the application; security is another test's concern
        this.mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void shouldAnswerTerminationEligibilityAsInTheIssue() throws Exception {
        post("termination-eligibility", TERMINATION)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(true))
                .andExpect(jsonPath("$.endDate").value("2026-04-15"))
                .andExpect(jsonPath("$.reasons[0].code").value("NOTICE_PERIOD"))
                .andExpect(jsonPath("$.visitChecklist[1].code").value("RETURN_RENTAL_EQUIPMENT"))
                .andExpect(jsonPath("$.firedRules[0]").value("InWritingFromAuthorized_NoticePeriodDecidesEndDate"))
                .andExpect(jsonPath("$.rulesVersion").value(ScenarioFile.RULES.rulesVersion()));
    }

    @Test
    void shouldReadTheOptionalSiteFlags() throws Exception {
        post("termination-eligibility", TERMINATION.replace("\"request\"",
                "\"site\": {\"hasKeyBox\": true, \"signsInstalled\": true}, \"request\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visitChecklist.length()").value(4));
    }

    @Test
    void shouldAnswerTheOtherThreeDecisions() throws Exception {
        post("guard-call-billability", """
                {"directCustomer": true, "guardCallOutIncluded": false, "testModeActive": false,
                 "falseAlarmReportedByPhone": false, "guardDispatched": true, "contactsCalled": true}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.billable").value(true))
                .andExpect(jsonPath("$.charge").value("GUARD_CALL_OUT"))
                .andExpect(jsonPath("$.reasons[0].code").value("GUARD_DISPATCHED"));
        post("reminder-fee", "{\"country\":\"SE\",\"reminderNumber\":2,\"reminderFeeAgreed\":true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fee").value(60))
                .andExpect(jsonPath("$.currency").value("SEK"))
                .andExpect(jsonPath("$.daysToNextStep").value(14));
        post("email-classification",
                "{\"from\": \"anna@example.se\", \"subject\": \"Felanmälan: larmet piper\", \"body\": \"Hej\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseType").value("FAULT_REPORT"))
                .andExpect(jsonPath("$.language").value("sv"))
                .andExpect(jsonPath("$.urgent").value(false));
    }

    @Test
    void shouldNameEveryInvalidField() throws Exception {
        post("termination-eligibility", """
                {"contract": {"type": "RENTAL", "startDate": "2024-03-31", "noticeMonths": 4, "bindingMonths": 18},
                 "request":  {"channel": "EMAIL", "requesterAuthorized": true}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("contract.bindingMonths"))
                .andExpect(jsonPath("$.errors[0].message").value("must be 0, 12, 24, 36 or 60"))
                .andExpect(jsonPath("$.errors[1].field").value("contract.noticeMonths"))
                .andExpect(jsonPath("$.errors[1].message").value("must be 3, 6 or 12"))
                .andExpect(jsonPath("$.errors[2].field").value("request.receivedDate"));
    }

    @Test
    void shouldRejectAnImpossibleDate() throws Exception {
        post("termination-eligibility", TERMINATION.replace("2026-01-15", "2026-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("request.receivedDate"))
                .andExpect(jsonPath("$.errors[0].message").value("must be an existing date (yyyy-MM-dd), not 2026-02-30"));
    }

    @Test
    void shouldRejectAnUnknownEnumValue() throws Exception {
        post("termination-eligibility", TERMINATION.replace("EMAIL", "FAX"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("request.channel"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of EMAIL, LETTER, PHONE, WEB_FORM"));
    }

    @Test
    void shouldRejectARentalWithoutBindingPeriod() throws Exception {
        post("termination-eligibility", TERMINATION.replace("\"bindingMonths\": 24", "\"bindingMonths\": 0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contract.bindingMonths"));
    }

    @Test
    void shouldRejectMissingFieldsUnknownFieldsAndWrongTypes() throws Exception {
        post("guard-call-billability", "{\"directCustomer\": true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[0].field").value("contactsCalled"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be null"));
        post("reminder-fee", "{\"country\":\"NO\",\"reminderNumber\":2,\"reminderFeeAgreed\":true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("country"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of SE, DK"));
        post("reminder-fee", "{\"country\":\"SE\",\"reminderNumber\":3,\"reminderFeeAgreed\":true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reminderNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("must be 1 or 2"));
        post("reminder-fee", "{\"country\":\"SE\",\"reminderNumber\":\"two\",\"reminderFeeAgreed\":true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reminderNumber"));
        post("email-classification", "{\"from\": \"a@b.se\", \"subject\": \"\", \"body\": \"\", \"cc\": \"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cc"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a known field"));
        post("email-classification", "{\"from\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(""));
    }

    private ResultActions post(String decision, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/decisions/" + decision).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
