package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.inquiry.CustomerInquiryProcess.*;
import com.casedesk.cases.CaseContext;

@Component("checkCollectionDelegate")
class CheckCollectionDelegate implements JavaDelegate {

    private final InvoiceInquiries inquiries;

    CheckCollectionDelegate(InvoiceInquiries inquiries) {
        this.inquiries = inquiries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String given = string(execution, INTENT);
        InquiryIntent intent = inquiries.route(caseNumber(execution), given == null ? null : InquiryIntent.valueOf(given),
                string(execution, CaseContext.INVOICE_NUMBER));
        execution.setVariable(INTENT, intent == null ? null : intent.name());
    }
}
