package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import java.util.Map;

import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.mail.CustomerAnswers.recipient;
import static com.casedesk.inquiry.CustomerInquiryProcess.*;
import com.casedesk.mail.CustomerAnswers;

@Component("askForMissingDetailsDelegate")
class AskForMissingDetailsDelegate implements JavaDelegate {

    private final CustomerAnswers answers;

    AskForMissingDetailsDelegate(CustomerAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        answers.send(recipient(execution), "servicedesk-missing-details",
                Map.of("missingDetails", string(execution, MISSING_DETAILS)));
    }
}
