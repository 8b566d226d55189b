package com.casedesk.dunning;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import com.casedesk.cases.CaseVariables;

/** serviceTask_startDunning of the scan, once per overdue invoice (multi-instance, one job each). */
@Component("startDunningDelegate")
class StartDunningDelegate implements JavaDelegate {

    private final OverdueInvoices overdueInvoices;

    StartDunningDelegate(OverdueInvoices overdueInvoices) {
        this.overdueInvoices = overdueInvoices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        overdueInvoices.startDunning(CaseVariables.string(execution, DunningProcess.INVOICE_NUMBER));
    }
}
