package com.casedesk.billing;

import static com.casedesk.billing.GuardCallOutProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;

/** serviceTask_createInvoiceLine. */
@Component
class CreateInvoiceLineDelegate implements JavaDelegate {

    private final GuardCallBilling billing;

    CreateInvoiceLineDelegate(GuardCallBilling billing) {
        this.billing = billing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = billing.createInvoiceLine((String) execution.getVariable(CaseStarter.CASE_NUMBER),
                Charge.valueOf((String) execution.getVariable(CHARGE)), (String) execution.getVariable(SITE_ID),
                (String) execution.getVariable(CUSTOMER_NUMBER), (String) execution.getVariable(CONTRACT_NUMBER),
                (String) execution.getVariable(ALARM_TIME));
        execution.setVariable(INVOICE_LINE_ID, id);
    }
}
