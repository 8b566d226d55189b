package com.casedesk.dunning;

import static com.casedesk.dunning.DunningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;

/** serviceTask_creditInvoice. */
@Component
class CreditInvoiceDelegate implements JavaDelegate {

    private final DunningOutcomes service;

    CreditInvoiceDelegate(DunningOutcomes service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseStarter.CASE_NUMBER);
        String invoiceNumber = (String) execution.getVariable(INVOICE_NUMBER);
        service.credit(caseNumber, invoiceNumber, (String) execution.getVariable(DISPUTE_DECISION_NOTE));
    }
}
