package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.inquiry.CustomerInquiryProcess.*;
import com.casedesk.cases.CaseContext;

@Component("checkAuthorizationDelegate")
class CheckAuthorizationDelegate implements JavaDelegate {

    private final RequesterAuthorization authorization;

    CheckAuthorizationDelegate(RequesterAuthorization authorization) {
        this.authorization = authorization;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(REQUESTER_AUTHORIZED, authorization.check(caseNumber(execution),
                string(execution, CaseContext.CUSTOMER_NUMBER), string(execution, CaseContext.CONTACT_EMAIL),
                InquiryIntent.valueOf(string(execution, INTENT)), flag(execution, CaseContext.SENDER_VERIFIED)));
    }
}
