package com.casedesk.dunning;

import static com.casedesk.dunning.DunningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseVariables;

/** serviceTask_sendFirstReminder. */
@Component("sendFirstReminderDelegate")
class SendFirstReminderDelegate implements JavaDelegate {

    private final DunningSteps service;

    SendFirstReminderDelegate(DunningSteps service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.string(execution, CaseStarter.CASE_NUMBER);
        String invoiceNumber = CaseVariables.string(execution, INVOICE_NUMBER);
        execution.setVariables(service.sendFirstReminder(caseNumber, invoiceNumber));
    }
}
