package com.casedesk.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.customers.CustomerDirectory;
import com.casedesk.customers.CustomerView;
import com.casedesk.customers.CustomerView.SiteView;
import com.casedesk.customers.SiteChoice;
import com.casedesk.system.BadRequestException;
import com.casedesk.system.EmailAddresses;
import com.casedesk.system.FieldError;

/**
 * The one entry that opens a service-desk case: it checks the request, matches the customer and site, builds the
 * shared start variables and hands the case to its type's {@link CaseTypeHandler}. The mail intake calls it for a
 * classified mail, {@code POST /api/cases} for a case opened by hand. A sender who is not found in the customer
 * register still gets a case; its first task asks the handler to identify the customer.
 */
@Service
public class CaseIntake {

    /** The case's subject column holds 500 characters. */
    static final int MAX_SUBJECT = 500;

    private final CaseStarter starter;
    private final CustomerDirectory customers;
    private final Map<CaseType, CaseTypeHandler> handlers;
    private final Clock clock;

    CaseIntake(CaseStarter starter, CustomerDirectory customers, List<CaseTypeHandler> handlers, Clock clock) {
        this.starter = starter;
        this.customers = customers;
        this.handlers = new EnumMap<>(CaseType.class);
        for (CaseTypeHandler handler : handlers) {
            for (CaseType type : handler.caseTypes()) {
                CaseTypeHandler before = this.handlers.put(type, handler);
                if (before != null) {
                    throw new IllegalStateException(type + " is opened by both " + before.getClass().getSimpleName()
                            + " and " + handler.getClass().getSimpleName());
                }
            }
        }
        this.clock = clock;
    }

    /** The case types a case can be opened for here (those a {@link CaseTypeHandler} serves). */
    public Set<CaseType> openableTypes() {
        return handlers.keySet();
    }

    public record OpenedCase(String caseNumber, String processKey, String processInstanceId) {
    }

    /** Opens the case; a {@link BadRequestException} names every field that is wrong. */
    @Transactional
    public OpenedCase open(NewCaseRequest request) {
        return open(request, Map.of());
    }

    /** As {@link #open(NewCaseRequest)} with further start variables of the process (e.g. an inspection's contract). */
    @Transactional
    public OpenedCase open(NewCaseRequest request, Map<String, Object> extraVariables) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            throw new BadRequestException("", "the request is required");
        }
        if (request.caseType() == null) {
            errors.add(new FieldError("caseType", "is required"));
        } else if (!handlers.containsKey(request.caseType())) {
            errors.add(new FieldError("caseType", request.caseType() + " is not opened here; one of "
                    + handlers.keySet()));
        }
        String customerNumber = CaseContext.blankToNull(request.customerNumber());
        String senderEmail = CaseContext.blankToNull(request.senderEmail());
        if (customerNumber == null && senderEmail == null) {
            errors.add(new FieldError("customerNumber", "is required when senderEmail is not given"));
            errors.add(new FieldError("senderEmail", "is required when customerNumber is not given"));
        }
        if (senderEmail != null && !EmailAddresses.isValid(senderEmail)) {
            errors.add(new FieldError("senderEmail", "'" + senderEmail + "' is not an email address"));
        }
        if (CaseContext.blankToNull(request.text()) == null) {
            errors.add(new FieldError("text", "is required"));
        } else if (request.text().length() > CaseTexts.MAX_TEXT) {
            errors.add(new FieldError("text", "is " + request.text().length() + " characters long; at most "
                    + CaseTexts.MAX_TEXT + " are accepted"));
        }
        if (request.subject() != null && request.subject().length() > MAX_SUBJECT) {
            errors.add(new FieldError("subject", "is " + request.subject().length() + " characters long; at most "
                    + MAX_SUBJECT + " are accepted"));
        }
        if (request.language() != null && !List.of("sv", "da", "en").contains(request.language())) {
            errors.add(new FieldError("language", "'" + request.language() + "' is not one of [sv, da, en]"));
        }
        CustomerView customer = null;
        if (customerNumber != null) {
            customer = customers.find(customerNumber).orElse(null);
            if (customer == null) {
                errors.add(new FieldError("customerNumber", "customer " + customerNumber + " does not exist"));
            }
        } else if (senderEmail != null && errors.isEmpty()) {
            List<CustomerView> found = customers.findByContactEmail(senderEmail);
            customer = found.size() == 1 ? found.get(0) : null;
        }
        SiteView site = null;
        String siteId = CaseContext.blankToNull(request.siteId());
        if (customer != null) {
            if (siteId != null) {
                site = customer.sites().stream().filter(s -> s.siteId().equals(siteId)).findFirst().orElse(null);
                if (site == null) {
                    errors.add(new FieldError("siteId", "site " + siteId + " is not a site of customer "
                            + customer.number()));
                }
            } else {
                site = SiteChoice.of(customer.sites(), request.subject(), request.text()).orElse(null);
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return start(request, customer, site, extraVariables);
    }

    private OpenedCase start(NewCaseRequest request, CustomerView customer, SiteView site,
            Map<String, Object> extraVariables) {
        Instant receivedAt = request.receivedAt() == null ? clock.instant() : request.receivedAt();
        Map<String, Object> variables = CaseContext.variables(request, customer, site, receivedAt,
                request.language() == null ? "en" : request.language());
        variables.putAll(extraVariables);
        CaseOpening opening = new CaseOpening(request, customer, site, receivedAt, variables, starter);
        return handlers.get(request.caseType()).open(opening)
                .or(() -> handlers.get(CaseType.GENERAL_INQUIRY).open(opening))
                .orElseThrow(() -> new IllegalStateException("no case type opened a " + request.caseType() + " case"));
    }
}
