package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseContext;
import com.casedesk.cases.CaseStarter;
import com.casedesk.dunning.InvoiceDisputes;

/**
 * Completing "Review invoice dispute" applies billing's decision to the invoice (credit or reject) and puts it on
 * the timeline; a decision that cannot be applied refuses the completion, naming the field.
 */
@Component("applyDisputeDecisionListener")
class ApplyDisputeDecisionListener implements TaskListener {

    static final String DISPUTE_DECISION = "disputeDecision";

    private final InvoiceDisputes disputes;

    ApplyDisputeDecisionListener(InvoiceDisputes disputes) {
        this.disputes = disputes;
    }

    @Override
    public void notify(DelegateTask task) {
        disputes.decide((String) task.getVariable(CaseStarter.CASE_NUMBER),
                (String) task.getVariable(CaseContext.INVOICE_NUMBER), (String) task.getVariable(DISPUTE_DECISION),
                (String) task.getVariable("answer"));
    }
}
