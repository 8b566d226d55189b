package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import java.util.Map;

import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.mail.CustomerAnswers.recipient;
import static com.casedesk.inquiry.CustomerInquiryProcess.*;
import com.casedesk.mail.CustomerAnswers;

@Component("sendAuthorizationRequiredDelegate")
class SendAuthorizationRequiredDelegate implements JavaDelegate {

    private final CustomerAnswers answers;

    SendAuthorizationRequiredDelegate(CustomerAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        answers.answerAndClose(recipient(execution), "servicedesk-authorized-person-required", Map.of(),
                "Closed: only an authorized contact may ask for this; nothing changed");
    }
}
