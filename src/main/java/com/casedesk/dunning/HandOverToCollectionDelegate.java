package com.casedesk.dunning;

import static com.casedesk.dunning.DunningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseVariables;

/** serviceTask_handOverToCollection. */
@Component("handOverToCollectionDelegate")
class HandOverToCollectionDelegate implements JavaDelegate {

    private final DunningOutcomes service;

    HandOverToCollectionDelegate(DunningOutcomes service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.string(execution, CaseStarter.CASE_NUMBER);
        String invoiceNumber = CaseVariables.string(execution, INVOICE_NUMBER);
        service.handOverToCollection(caseNumber, invoiceNumber, CaseVariables.string(execution, REMINDER_FEE),
                CaseVariables.string(execution, COLLECTION_NOTE), CaseVariables.string(execution, COLLECTION_CONFIRMED_BY));
    }
}
