package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.inquiry.CustomerInquiryProcess.*;

@Component("openServiceRequestDelegate")
class OpenServiceRequestDelegate implements JavaDelegate {

    private final MovingRequests moving;

    OpenServiceRequestDelegate(MovingRequests moving) {
        this.moving = moving;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(LINKED_CASE_NUMBER, moving.openServiceRequest(OpenTerminationDelegate.moving(execution)));
    }
}
