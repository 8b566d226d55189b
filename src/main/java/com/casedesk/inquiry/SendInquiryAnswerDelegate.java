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

/** {@code serviceTask_sendAnswer}: the handler's answer closes the case; an invoice copy goes with its PDF. */
@Component("sendInquiryAnswerDelegate")
class SendInquiryAnswerDelegate implements JavaDelegate {

    private final CustomerAnswers answers;
    private final InvoiceCopies invoiceCopies;

    SendInquiryAnswerDelegate(CustomerAnswers answers, InvoiceCopies invoiceCopies) {
        this.answers = answers;
        this.invoiceCopies = invoiceCopies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String template = string(execution, ANSWER_TEMPLATE);
        String answer = string(execution, ANSWER);
        if (template == null && InquiryIntent.INVOICE_COPY.name().equals(string(execution, INTENT))) {
            invoiceCopies.send(recipient(execution), string(execution, CaseContext.CUSTOMER_NUMBER),
                    string(execution, CaseContext.INVOICE_NUMBER), answer);
            return;
        }
        answers.answerAndClose(recipient(execution), template == null ? CustomerAnswers.ANSWER_TEMPLATE : template,
                Map.of("answer", answer == null ? "" : answer, "invoiceNumber",
                        String.valueOf(string(execution, CaseContext.INVOICE_NUMBER))),
                "Answered (" + string(execution, INTENT) + ")");
    }
}
