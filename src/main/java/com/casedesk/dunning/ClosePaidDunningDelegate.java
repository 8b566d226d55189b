package com.casedesk.dunning;

import static com.casedesk.dunning.DunningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;

/** serviceTask_closePaidDunning. */
@Component
class ClosePaidDunningDelegate implements JavaDelegate {

    private final DunningOutcomes service;

    ClosePaidDunningDelegate(DunningOutcomes service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = (String) execution.getVariable(CaseStarter.CASE_NUMBER);
        String invoiceNumber = (String) execution.getVariable(INVOICE_NUMBER);
        service.closePaid(caseNumber, invoiceNumber, (String) execution.getVariable(PAID_AMOUNT),
                (String) execution.getVariable(PAID_DATE));
    }
}
