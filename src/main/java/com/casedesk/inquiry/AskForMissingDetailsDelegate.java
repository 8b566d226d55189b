package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import java.util.Map;

import static com.casedesk.inquiry.CaseVariables.*;
import static com.casedesk.inquiry.CustomerInquiryProcess.*;

@Component
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
