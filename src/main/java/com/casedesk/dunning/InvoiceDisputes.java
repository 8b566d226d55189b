package com.casedesk.dunning;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseTexts;
import com.casedesk.customers.Invoice;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.customers.InvoiceStatus;
import com.casedesk.system.RefusedInputException;
import com.casedesk.system.BadRequestException;
import com.casedesk.system.NotFoundException;

/**
 * Delivers a customer's dispute of an invoice (invoice number and reason) into the invoice's running dunning,
 * which pauses until billing decides. Called by the REST API and by the customer-inquiry process.
 */
@Service
public class InvoiceDisputes {

    public enum Outcome {
        /** The dunning was waiting and is now paused at billing's decision. */
        DUNNING_PAUSED,
        /** The dunning is already paused for a dispute; the reason was added to its case. */
        ALREADY_DISPUTED,
        /** No dunning runs for the invoice; the caller handles the dispute itself. */
        NO_RUNNING_DUNNING
    }

    /** @param caseNumber the dunning's case, null when none runs */
    public record DisputeResult(Outcome outcome, String caseNumber) {
    }

    private final RuntimeService runtime;
    private final InvoiceRepository invoices;
    private final CaseManagement cases;
    private final CaseTexts texts;

    InvoiceDisputes(RuntimeService runtime, InvoiceRepository invoices, CaseManagement cases, CaseTexts texts) {
        this.texts = texts;
        this.runtime = runtime;
        this.invoices = invoices;
        this.cases = cases;
    }

    /**
     * @throws BadRequestException naming {@code invoiceNumber} or {@code reason} when one is missing
     * @throws NotFoundException   when the invoice does not exist
     */
    @Transactional
    public DisputeResult dispute(String invoiceNumber, String reason) {
        if (invoiceNumber == null || invoiceNumber.isBlank()) {
            throw new BadRequestException("invoiceNumber", "is required");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("reason", "is required: why the customer disputes the invoice");
        }
        if (reason.length() > CaseTexts.MAX_TEXT) {
            throw new BadRequestException("reason", "is " + reason.length() + " characters long; at most "
                    + CaseTexts.MAX_TEXT + " are accepted");
        }
        if (!invoices.existsByNumber(invoiceNumber)) {
            throw new NotFoundException("invoice " + invoiceNumber + " does not exist");
        }
        ProcessInstance dunning = runtime.createProcessInstanceQuery().processDefinitionKey(DunningProcess.PROCESS_KEY)
                .processInstanceBusinessKey(invoiceNumber).active().singleResult();
        if (dunning == null) {
            return new DisputeResult(Outcome.NO_RUNNING_DUNNING, null);
        }
        String caseNumber = (String) runtime.getVariable(dunning.getId(), CaseStarter.CASE_NUMBER);
        boolean waiting = runtime.createEventSubscriptionQuery().processInstanceId(dunning.getId())
                .eventType("message").eventName(DunningProcess.MESSAGE_INVOICE_DISPUTED).count() > 0;
        if (!waiting) {
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "Further dispute reason: " + CaseTexts.preview(reason),
                    reason.trim());
            return new DisputeResult(Outcome.ALREADY_DISPUTED, caseNumber);
        }
        runtime.createMessageCorrelation(DunningProcess.MESSAGE_INVOICE_DISPUTED)
                .processInstanceId(dunning.getId())
                .setVariables(texts.fit(caseNumber, java.util.Map.of(DunningProcess.DISPUTE_REASON, reason.trim())))
                .correlate();
        return new DisputeResult(Outcome.DUNNING_PAUSED, caseNumber);
    }

    /**
     * Billing's decision on a dispute that no dunning handles: CREDIT makes the invoice CREDITED, REJECT leaves it
     * as it is; either goes on the case's timeline.
     *
     * @throws RefusedInputException naming {@code disputeDecision} or {@code invoiceNumber}
     */
    @Transactional
    public void decide(String caseNumber, String invoiceNumber, String decision, String note) {
        if (!"CREDIT".equals(decision) && !"REJECT".equals(decision)) {
            throw new RefusedInputException("disputeDecision: choose 'Credit the invoice' or 'Reject the dispute'");
        }
        if (invoiceNumber == null) {
            throw new RefusedInputException("invoiceNumber: the case names no invoice; a dispute needs one");
        }
        Invoice invoice = invoices.findByNumber(invoiceNumber).orElseThrow(() -> new RefusedInputException(
                "invoiceNumber: invoice " + invoiceNumber + " does not exist"));
        String because = note == null ? "" : ": " + note.strip();
        if ("REJECT".equals(decision)) {
            cases.record(caseNumber, CaseEvent.Kind.DECISION, "Dispute of invoice " + invoiceNumber
                    + " rejected, the invoice stays " + invoice.getStatus() + because, null);
            return;
        }
        if (invoice.getStatus() == InvoiceStatus.PAID || invoice.getStatus() == InvoiceStatus.IN_COLLECTION) {
            throw new RefusedInputException("disputeDecision: invoice " + invoiceNumber + " is "
                    + invoice.getStatus() + " and cannot be credited here");
        }
        invoice.setStatus(InvoiceStatus.CREDITED);
        invoices.updateState(invoice);
        cases.record(caseNumber, CaseEvent.Kind.DECISION, "Dispute of invoice " + invoiceNumber
                + " accepted, invoice credited (" + invoice.getAmount() + " " + invoice.getCurrency() + ")" + because, null);
    }
}
