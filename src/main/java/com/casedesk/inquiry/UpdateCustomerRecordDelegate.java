package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.inquiry.CustomerInquiryProcess.*;
import com.casedesk.cases.CaseContext;

@Component("updateCustomerRecordDelegate")
class UpdateCustomerRecordDelegate implements JavaDelegate {

    private final BillingDetailsChanges changes;

    UpdateCustomerRecordDelegate(BillingDetailsChanges changes) {
        this.changes = changes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        changes.apply(caseNumber(execution), string(execution, CaseContext.CUSTOMER_NUMBER),
                string(execution, NEW_INVOICE_EMAIL), string(execution, NEW_EAN_NUMBER));
    }
}
