package com.casedesk.billing;

import static com.casedesk.billing.GuardCallOutProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;

/** serviceTask_closeBillingCase. */
@Component
class CloseBillingCaseDelegate implements JavaDelegate {

    private final GuardCallBilling billing;

    CloseBillingCaseDelegate(GuardCallBilling billing) {
        this.billing = billing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        billing.close((String) execution.getVariable(CaseStarter.CASE_NUMBER),
                Boolean.TRUE.equals(execution.getVariable(BILLABLE)), (String) execution.getVariable(CHARGE));
    }
}
