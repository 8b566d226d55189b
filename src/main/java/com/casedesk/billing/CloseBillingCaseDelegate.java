package com.casedesk.billing;

import static com.casedesk.billing.GuardCallOutProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseVariables;

/** serviceTask_closeBillingCase. */
@Component("closeBillingCaseDelegate")
class CloseBillingCaseDelegate implements JavaDelegate {

    private final GuardCallBilling billing;

    CloseBillingCaseDelegate(GuardCallBilling billing) {
        this.billing = billing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        billing.close(CaseVariables.string(execution, CaseStarter.CASE_NUMBER),
                CaseVariables.flag(execution, BILLABLE), CaseVariables.string(execution, CHARGE));
    }
}
