package com.casedesk.inquiry;

import static com.casedesk.cases.CaseVariables.caseNumber;
import static com.casedesk.cases.CaseVariables.string;
import static com.casedesk.inquiry.CustomerInquiryProcess.ANSWER_TEMPLATE;
import static com.casedesk.inquiry.CustomerInquiryProcess.DISPUTE_REASON;
import static com.casedesk.inquiry.CustomerInquiryProcess.DUNNING_CASE_NUMBER;
import static com.casedesk.inquiry.CustomerInquiryProcess.DUNNING_PAUSED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.dunning.InvoiceDisputes;
import com.casedesk.cases.CaseContext;

/** Hands the dispute to the invoice's running dunning, if any; otherwise billing reviews it on this case. */
@Component("registerDisputeDelegate")
class RegisterDisputeDelegate implements JavaDelegate {

    private final InvoiceDisputes disputes;
    private final CaseManagement cases;

    RegisterDisputeDelegate(InvoiceDisputes disputes, CaseManagement cases) {
        this.disputes = disputes;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String invoiceNumber = string(execution, CaseContext.INVOICE_NUMBER);
        String reason = InvoiceInquiries.reason(string(execution, DISPUTE_REASON),
                string(execution, CaseContext.REQUEST_TEXT), invoiceNumber);
        InvoiceDisputes.DisputeResult result = disputes.dispute(invoiceNumber, reason);
        boolean paused = result.outcome() != InvoiceDisputes.Outcome.NO_RUNNING_DUNNING;
        cases.record(caseNumber(execution), CaseEvent.Kind.DECISION, paused
                ? "Dispute of invoice " + invoiceNumber + " handed to its dunning case " + result.caseNumber() + " ("
                        + result.outcome() + "): billing decides there"
                : "No dunning runs for invoice " + invoiceNumber + ": billing reviews the dispute on this case", null);
        execution.setVariable(DUNNING_PAUSED, paused);
        execution.setVariable(DUNNING_CASE_NUMBER, result.caseNumber());
        if (paused) {
            execution.setVariable(ANSWER_TEMPLATE, "servicedesk-dispute-registered");
        }
    }
}
