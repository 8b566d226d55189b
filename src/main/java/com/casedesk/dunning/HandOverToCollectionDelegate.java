package com.casedesk.dunning;

import static com.casedesk.dunning.DunningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;

/** serviceTask_handOverToCollection. */
@Component
class HandOverToCollectionDelegate implements JavaDelegate {

    private final DunningOutcomes service;

    HandOverToCollectionDelegate(DunningOutcomes service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseStarter.CASE_NUMBER);
        String invoiceNumber = (String) execution.getVariable(INVOICE_NUMBER);
        service.handOverToCollection(caseNumber, invoiceNumber, (String) execution.getVariable(COLLECTION_NOTE),
                (String) execution.getVariable(COLLECTION_CONFIRMED_BY));
    }
}
