package com.casedesk.dunning;

import static com.casedesk.dunning.DunningProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseVariables;

/** serviceTask_sendSecondReminder. */
@Component("sendSecondReminderDelegate")
class SendSecondReminderDelegate implements JavaDelegate {

    private final DunningSteps service;

    SendSecondReminderDelegate(DunningSteps service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.string(execution, CaseStarter.CASE_NUMBER);
        String invoiceNumber = CaseVariables.string(execution, INVOICE_NUMBER);
        execution.setVariables(service.sendSecondReminder(caseNumber, invoiceNumber));
    }
}
