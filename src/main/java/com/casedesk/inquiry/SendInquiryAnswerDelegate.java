package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import java.util.Map;

import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.mail.CustomerAnswers.recipient;
import static com.casedesk.inquiry.CustomerInquiryProcess.*;
import com.casedesk.cases.CaseContext;
import com.casedesk.mail.CustomerAnswers;

@Component("sendInquiryAnswerDelegate")
class SendInquiryAnswerDelegate implements JavaDelegate {

    private final CustomerAnswers answers;

    SendInquiryAnswerDelegate(CustomerAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = string(execution, ANSWER_TEMPLATE);
        String answer = string(execution, ANSWER);
        answers.answerAndClose(recipient(execution), template == null ? CustomerAnswers.ANSWER_TEMPLATE : template,
                Map.of("answer", answer == null ? "" : answer, "invoiceNumber",
                        String.valueOf(string(execution, CaseContext.INVOICE_NUMBER))),
                "Answered (" + string(execution, INTENT) + ")");
    }
}
