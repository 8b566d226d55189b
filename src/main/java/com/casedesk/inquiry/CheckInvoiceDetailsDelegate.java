package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import java.util.stream.Collectors;

import com.casedesk.customers.CustomerDirectory;

import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.inquiry.CustomerInquiryProcess.*;
import com.casedesk.cases.CaseContext;

@Component("checkInvoiceDetailsDelegate")
class CheckInvoiceDetailsDelegate implements JavaDelegate {

    private final InvoiceInquiries inquiries;
    private final CustomerDirectory customers;

    CheckInvoiceDetailsDelegate(InvoiceInquiries inquiries, CustomerDirectory customers) {
        this.inquiries = inquiries;
        this.customers = customers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        InvoiceInquiries.DetailsCheck check = inquiries.checkDetails(caseNumber(execution),
                InquiryIntent.valueOf(string(execution, INTENT)), string(execution, CaseContext.CUSTOMER_NUMBER),
                string(execution, CaseContext.INVOICE_NUMBER), string(execution, DISPUTE_REASON),
                string(execution, CaseContext.REQUEST_TEXT));
        String language = string(execution, CaseContext.LANGUAGE);
        execution.setVariable(DETAILS_COMPLETE, check.complete());
        execution.setVariable(MISSING_DETAILS, check.missing().stream().map(d -> "- " + d.text(language))
                .collect(Collectors.joining("\n")));
        if (check.customerNumber() != null) {
            customers.find(check.customerNumber()).ifPresent(customer -> {
                execution.setVariable(CaseContext.CUSTOMER_NUMBER, customer.number());
                execution.setVariable(CaseContext.CUSTOMER_NAME, customer.name());
                execution.setVariable(CaseContext.CUSTOMER_KNOWN, true);
            });
        }
    }
}
