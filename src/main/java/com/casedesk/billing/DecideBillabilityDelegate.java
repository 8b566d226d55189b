package com.casedesk.billing;

import static com.casedesk.cases.CaseVariables.flag;

import static com.casedesk.billing.GuardCallOutProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseVariables;

/** serviceTask_decideBillability. */
@Component("decideBillabilityDelegate")
class DecideBillabilityDelegate implements JavaDelegate {

    private final GuardCallBilling billing;

    DecideBillabilityDelegate(GuardCallBilling billing) {
        this.billing = billing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AlarmFacts alarm = new AlarmFacts(flag(execution, DIRECT_CUSTOMER), flag(execution, GUARD_CALL_OUT_INCLUDED),
                flag(execution, TEST_MODE_ACTIVE), flag(execution, FALSE_ALARM_REPORTED_BY_PHONE),
                flag(execution, GUARD_DISPATCHED), flag(execution, CONTACTS_CALLED));
        execution.setVariables(billing.decide(CaseVariables.caseNumber(execution), alarm));
    }
}
