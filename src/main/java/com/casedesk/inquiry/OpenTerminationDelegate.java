package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.inquiry.CustomerInquiryProcess.*;
import com.casedesk.cases.CaseContext;

@Component("openTerminationDelegate")
class OpenTerminationDelegate implements JavaDelegate {

    private final MovingRequests moving;

    OpenTerminationDelegate(MovingRequests moving) {
        this.moving = moving;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(LINKED_CASE_NUMBER, moving.openTermination(moving(execution)));
    }

    static MovingRequests.Moving moving(DelegateExecution execution) {
        return new MovingRequests.Moving(caseNumber(execution), string(execution, CaseContext.CUSTOMER_NUMBER),
                string(execution, CaseContext.CONTACT_EMAIL), string(execution, CaseContext.SITE_ID),
                string(execution, SYSTEM_OWNERSHIP), string(execution, NEW_ADDRESS),
                string(execution, CaseContext.REQUEST_TEXT));
    }
}
