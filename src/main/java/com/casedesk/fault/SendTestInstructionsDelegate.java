package com.casedesk.fault;

import static com.casedesk.fault.FaultReportProcess.*;
import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.mail.CustomerAnswers.recipient;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.mail.CustomerAnswers;

/** The mail fills in the alarm centre's number of the customer's country ({@code casedesk.offices.*}). */
@Component("sendTestInstructionsDelegate")
class SendTestInstructionsDelegate implements JavaDelegate {

    private final CustomerAnswers answers;

    SendTestInstructionsDelegate(CustomerAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        answers.answerAndClose(recipient(execution), "servicedesk-test-mode",
                Map.of("testDate", String.valueOf(string(execution, TEST_DATE)),
                        "testFrom", String.valueOf(string(execution, TEST_FROM)),
                        "testUntil", String.valueOf(string(execution, TEST_UNTIL))),
                "Closed: test mode recorded, customer told to call the alarm centre with the personal code first");
    }
}
