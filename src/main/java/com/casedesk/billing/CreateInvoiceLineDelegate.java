package com.casedesk.billing;

import static com.casedesk.billing.GuardCallOutProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseVariables;

/** serviceTask_createInvoiceLine. */
@Component("createInvoiceLineDelegate")
class CreateInvoiceLineDelegate implements JavaDelegate {

    private final GuardCallBilling billing;

    CreateInvoiceLineDelegate(GuardCallBilling billing) {
        this.billing = billing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = billing.createInvoiceLine(CaseVariables.string(execution, CaseStarter.CASE_NUMBER),
                Charge.valueOf(CaseVariables.string(execution, CHARGE)), CaseVariables.string(execution, SITE_ID),
                CaseVariables.string(execution, CUSTOMER_NUMBER), CaseVariables.string(execution, CONTRACT_NUMBER),
                CaseVariables.string(execution, ALARM_TIME));
        execution.setVariable(INVOICE_LINE_ID, id);
    }
}
