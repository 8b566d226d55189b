package com.casedesk.inquiry;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import com.casedesk.cases.CaseContext;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.NewCaseRequest;
import com.casedesk.customers.CustomerDirectory;
import com.casedesk.customers.CustomerView;
import com.casedesk.customers.CustomerView.ContactView;
import com.casedesk.customers.CustomerView.SiteView;

/**
 * Starts one intent family's process ({@code invoiceInquiry}, {@code alarmSiteChange}, {@code generalInquiry})
 * directly, as the router's call activity starts it: a case is opened, its number is the business key and the
 * variable {@code caseNumber}, and the variables are those the router holds when it calls (the case context of
 * the request, {@value CustomerInquiryProcess#INTENT} and {@value CustomerInquiryProcess#REPLY_WAIT}). The
 * router tests ({@link CustomerInquiryProcessTest}) check the real hand-over.
 */
final class InquiryFamilyStart {

    /** As the router passes {@code casedesk.inquiry.reply-wait} (default 14 days). */
    static final String REPLY_WAIT = java.time.Duration.ofDays(14).toString();

    private final ProcessEngine engine;
    private final CaseStarter starter;
    private final CustomerDirectory customers;

    InquiryFamilyStart(ProcessEngine engine, CaseStarter starter, CustomerDirectory customers) {
        this.engine = engine;
        this.starter = starter;
        this.customers = customers;
    }

    ProcessInstance start(String processKey, NewCaseRequest request) {
        CustomerView customer = customer(request).orElse(null);
        SiteView site = customer == null ? null : customer.sites().stream()
                .filter(s -> request.siteId() == null ? customer.sites().size() == 1 : s.siteId().equals(request.siteId()))
                .findFirst().orElse(null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseContext.CUSTOMER_KNOWN, customer != null);
        variables.put(CaseContext.CUSTOMER_NUMBER, customer == null ? null : customer.number());
        variables.put(CaseContext.CUSTOMER_NAME, customer == null ? null : customer.name());
        variables.put(CaseContext.COUNTRY, customer == null ? null : customer.country().name());
        variables.put(CaseContext.LANGUAGE, customer == null ? "en" : customer.country().language());
        variables.put(CaseContext.INVOICE_EMAIL, customer == null ? null : customer.invoiceEmail());
        variables.put(CaseContext.EAN_NUMBER, customer == null ? null : customer.eanNumber());
        variables.put(CaseContext.CONTACT_EMAIL, request.senderEmail());
        variables.put(CaseContext.REPLY_TO, replyTo(request.senderEmail(), customer));
        variables.put(CaseContext.SITE_ID, site == null ? null : site.siteId());
        variables.put(CaseContext.SITE_ADDRESS, site == null ? null : site.address());
        variables.put(CaseContext.REQUEST_TEXT, request.text());
        variables.put(CaseContext.RECEIVED_AT, Instant.now().toString());
        variables.put(CaseContext.URGENT, false);
        variables.put(CaseContext.INVOICE_NUMBER, request.invoiceNumber());
        variables.put(CustomerInquiryProcess.INTENT, request.intent());
        variables.put(CustomerInquiryProcess.REPLY_WAIT, REPLY_WAIT);
        CaseStarter.StartedCase started = starter.start(request.caseType(), processKey, CaseStarter.CaseSubject
                .of(request.text()).withCustomer(customer == null ? null : customer.number())
                .withContactEmail(request.senderEmail()).withSite(site == null ? null : site.siteId())
                .withInvoice(request.invoiceNumber()), variables);
        return ServiceDeskTestData.instance(engine, started.processInstanceId());
    }

    private Optional<CustomerView> customer(NewCaseRequest request) {
        if (request.customerNumber() != null) {
            return customers.find(request.customerNumber());
        }
        var found = customers.findByContactEmail(request.senderEmail());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static String replyTo(String sender, CustomerView customer) {
        if (sender != null) {
            return sender;
        }
        return customer == null ? null : customer.contacts().stream().filter(ContactView::authorized)
                .map(ContactView::email).findFirst().orElse(customer.invoiceEmail());
    }
}
