package com.casedesk.dunning;

import static com.casedesk.dunning.DunningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseVariables;

/** serviceTask_recordDispute. */
@Component("recordDisputeDelegate")
class RecordDisputeDelegate implements JavaDelegate {

    private final DunningOutcomes service;

    RecordDisputeDelegate(DunningOutcomes service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.string(execution, CaseStarter.CASE_NUMBER);
        String invoiceNumber = CaseVariables.string(execution, INVOICE_NUMBER);
        service.recordDispute(caseNumber, invoiceNumber, CaseVariables.string(execution, DISPUTE_REASON));
    }
}
