package com.casedesk.dunning;

import static com.casedesk.dunning.DunningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseVariables;

/** serviceTask_rejectDispute: the dunning then resumes at {@code nextStep}. */
@Component("rejectDisputeDelegate")
class RejectDisputeDelegate implements JavaDelegate {

    private final DunningOutcomes service;

    RejectDisputeDelegate(DunningOutcomes service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.string(execution, CaseStarter.CASE_NUMBER);
        String invoiceNumber = CaseVariables.string(execution, INVOICE_NUMBER);
        service.rejectDispute(caseNumber, invoiceNumber, CaseVariables.string(execution, DISPUTE_DECISION_NOTE),
                CaseVariables.string(execution, NEXT_STEP));
    }
}
