package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static com.casedesk.inquiry.CaseVariables.*;
import static com.casedesk.inquiry.CustomerInquiryProcess.*;

@Component
class RegisterDisputeDelegate implements JavaDelegate {

    private final InvoiceDisputeRegistration disputes;

    RegisterDisputeDelegate(InvoiceDisputeRegistration disputes) {
        this.disputes = disputes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String invoiceNumber = string(execution, CaseContext.INVOICE_NUMBER);
        String reason = InvoiceInquiries.reason(string(execution, DISPUTE_REASON),
                string(execution, CaseContext.REQUEST_TEXT), invoiceNumber);
        boolean paused = disputes.register(caseNumber(execution), invoiceNumber, reason);
        execution.setVariable(DUNNING_PAUSED, paused);
        if (paused) {
            execution.setVariable(ANSWER_TEMPLATE, "servicedesk-dispute-registered");
        }
    }
}
