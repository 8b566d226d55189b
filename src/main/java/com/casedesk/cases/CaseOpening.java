package com.casedesk.cases;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.casedesk.customers.CustomerView;
import com.casedesk.customers.CustomerView.SiteView;

/**
 * A checked request on its way to its case type: the customer and site it was matched to (either may be null),
 * when it arrived, and the start variables every service-desk process shares ({@link CaseContext}) plus any the
 * caller added. A {@link CaseTypeHandler} adds its own variables and starts its process with {@link #start}.
 */
public final class CaseOpening {

    private final NewCaseRequest request;
    private final CustomerView customer;
    private final SiteView site;
    private final Instant receivedAt;
    private final Map<String, Object> variables;
    private final CaseStarter starter;

    CaseOpening(NewCaseRequest request, CustomerView customer, SiteView site, Instant receivedAt,
            Map<String, Object> variables, CaseStarter starter) {
        this.request = request;
        this.customer = customer;
        this.site = site;
        this.receivedAt = receivedAt;
        this.variables = new HashMap<>(variables);
        this.starter = starter;
    }

    public NewCaseRequest request() {
        return request;
    }

    public CustomerView customer() {
        return customer;
    }

    public SiteView site() {
        return site;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The start variables so far; a handler may add its own. */
    public Map<String, Object> variables() {
        return variables;
    }

    /** Opens the case record and starts {@code processKey} with {@link #variables()}. */
    public CaseIntake.OpenedCase start(String processKey) {
        CaseStarter.CaseSubject about = CaseStarter.CaseSubject
                .of(request.subject() == null ? firstLine(request.text()) : request.subject())
                .withCustomer((String) variables.get(CaseContext.CUSTOMER_NUMBER))
                .withContactEmail(CaseContext.blankToNull(request.senderEmail()))
                .withSite((String) variables.get(CaseContext.SITE_ID))
                .withContract((String) variables.get(CaseContext.CONTRACT_NUMBER))
                .withInvoice(CaseContext.blankToNull(request.invoiceNumber()));
        CaseStarter.StartedCase started = starter.start(request.caseType(), processKey, about, variables);
        return new CaseIntake.OpenedCase(started.caseNumber(), processKey, started.processInstanceId());
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
