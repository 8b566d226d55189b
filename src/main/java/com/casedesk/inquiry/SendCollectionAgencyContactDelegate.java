package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import java.util.Map;

import com.casedesk.customers.Country;

import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.mail.CustomerAnswers.recipient;
import static com.casedesk.inquiry.CustomerInquiryProcess.*;
import com.casedesk.cases.CaseContext;
import com.casedesk.mail.CustomerAnswers;

@Component("sendCollectionAgencyContactDelegate")
class SendCollectionAgencyContactDelegate implements JavaDelegate {

    private final CustomerAnswers answers;
    private final InquiryProperties properties;

    SendCollectionAgencyContactDelegate(CustomerAnswers answers, InquiryProperties properties) {
        this.answers = answers;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String country = string(execution, CaseContext.COUNTRY);
        InquiryProperties.CollectionAgency agency =
                properties.collectionAgency(country == null ? Country.SE : Country.valueOf(country));
        answers.answerAndClose(recipient(execution), "servicedesk-collection-agency",
                Map.of("invoiceNumber", string(execution, CaseContext.INVOICE_NUMBER), "agencyName", agency.name(),
                        "agencyPhone", agency.phone(), "agencyEmail", agency.email()),
                "Closed: referred to the collection agency " + agency.name());
    }
}
