package com.casedesk.fault;

import static com.casedesk.fault.FaultReportProcess.*;
import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.mail.CustomerAnswers.recipient;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import java.util.Map;

import com.casedesk.customers.Country;
import com.casedesk.mail.CustomerAnswers;
import com.casedesk.cases.CaseContext;

@Component("sendTestInstructionsDelegate")
class SendTestInstructionsDelegate implements JavaDelegate {

    private final CustomerAnswers answers;
    private final FaultProperties properties;

    SendTestInstructionsDelegate(CustomerAnswers answers, FaultProperties properties) {
        this.answers = answers;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String country = string(execution, CaseContext.COUNTRY);
        answers.answerAndClose(recipient(execution), "servicedesk-test-mode",
                Map.of("alarmCentrePhone", properties.alarmCentrePhone(country == null ? Country.SE : Country.valueOf(country)),
                        "testDate", String.valueOf(string(execution, TEST_DATE)),
                        "testFrom", String.valueOf(string(execution, TEST_FROM)),
                        "testUntil", String.valueOf(string(execution, TEST_UNTIL))),
                "Closed: test mode recorded, customer told to call the alarm centre with the personal code first");
    }
}
