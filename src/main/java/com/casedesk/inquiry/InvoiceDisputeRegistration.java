package com.casedesk.inquiry;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;

/**
 * Hands a dispute to the invoice's running dunning ({@code invoiceDunning}, business key = invoice number), which
 * pauses until billing decides. Stands in for the dunning capability's own entry until that is merged.
 */
@Service
@Transactional
public class InvoiceDisputeRegistration {

    private final RuntimeService runtime;
    private final CaseManagement cases;

    InvoiceDisputeRegistration(RuntimeService runtime, CaseManagement cases) {
        this.runtime = runtime;
        this.cases = cases;
    }

    /** @return true when a dunning was waiting for the dispute and is now paused */
    public boolean register(String caseNumber, String invoiceNumber, String reason) {
        List<String> waitingDunnings = runtime.createProcessInstanceQuery()
                .processDefinitionKey(CustomerInquiryProcess.DUNNING_PROCESS_KEY)
                .processInstanceBusinessKey(invoiceNumber).active().list().stream()
                .map(ProcessInstance::getId)
                .filter(id -> runtime.createEventSubscriptionQuery().processInstanceId(id).eventType("message")
                        .eventName(CustomerInquiryProcess.MESSAGE_INVOICE_DISPUTED).count() > 0)
                .toList();
        for (String dunning : waitingDunnings) {
            runtime.createMessageCorrelation(CustomerInquiryProcess.MESSAGE_INVOICE_DISPUTED)
                    .processInstanceId(dunning)
                    .setVariable(CustomerInquiryProcess.DISPUTE_REASON, reason)
                    .correlate();
        }
        boolean waiting = !waitingDunnings.isEmpty();
        cases.record(caseNumber, CaseEvent.Kind.DECISION, waiting
                ? "Dispute of invoice " + invoiceNumber + " handed to its dunning, which is paused for billing's decision"
                : "No dunning runs for invoice " + invoiceNumber + ": billing reviews the dispute on this case", null);
        return waiting;
    }
}
