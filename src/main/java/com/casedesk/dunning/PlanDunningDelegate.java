package com.casedesk.dunning;

import static com.casedesk.dunning.DunningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseVariables;

/** serviceTask_planDunning: decides the first reminder's date. */
@Component("planDunningDelegate")
class PlanDunningDelegate implements JavaDelegate {

    private final DunningSteps service;

    PlanDunningDelegate(DunningSteps service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.string(execution, CaseStarter.CASE_NUMBER);
        String invoiceNumber = CaseVariables.string(execution, INVOICE_NUMBER);
        execution.setVariables(service.plan(caseNumber, invoiceNumber));
    }
}
