package com.casedesk.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseStarter.CaseSubject;
import com.casedesk.cases.CaseType;
import com.casedesk.customers.CustomerDirectory;
import com.casedesk.customers.CustomerView;
import com.casedesk.customers.CustomerView.SiteView;
import com.casedesk.customers.SiteChoice;
import com.casedesk.fault.FaultReportProcess;
import com.casedesk.service.ServiceRequestProcess;
import com.casedesk.system.BadRequestException;
import com.casedesk.system.EmailAddresses;
import com.casedesk.system.FieldError;
import com.casedesk.termination.RequestChannel;
import com.casedesk.termination.TerminationIntake;
import com.casedesk.termination.TerminationNotice;
import com.casedesk.termination.TerminationProcess;

/**
 * The one entry that opens a service-desk case and starts the right process for it: the mail intake calls it for
 * a classified mail, {@code POST /api/cases} for a case opened by hand. A sender who is not found in the customer
 * register still gets a case; its first task asks the handler to identify the customer.
 */
@Service
public class CaseIntake {

    private final CaseStarter starter;
    private final CustomerDirectory customers;
    private final InquiryProperties properties;
    private final TerminationIntake terminations;
    private final CaseManagement cases;
    private final Clock clock;

    CaseIntake(CaseStarter starter, CustomerDirectory customers, InquiryProperties properties,
            TerminationIntake terminations, CaseManagement cases, Clock clock) {
        this.starter = starter;
        this.terminations = terminations;
        this.cases = cases;
        this.customers = customers;
        this.properties = properties;
        this.clock = clock;
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
        } else if (processKey(request.caseType()) == null) {
            errors.add(new FieldError("caseType", request.caseType() + " is not opened here; one of "
                    + List.of(CaseType.SERVICE_REQUEST, CaseType.FAULT_REPORT, CaseType.INVOICE_QUESTION,
                            CaseType.ACTION_INSTRUCTION_CHANGE, CaseType.GENERAL_INQUIRY, CaseType.TERMINATION)));
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
        if (request.caseType() == CaseType.TERMINATION) {
            Optional<OpenedCase> termination = openTermination(request, customer, site, receivedAt,
                    Boolean.TRUE.equals(extraVariables.get(CaseContext.SENDER_VERIFIED)));
            if (termination.isPresent()) {
                return termination.get();
            }
        }
        Map<String, Object> variables = CaseContext.variables(request, customer, site, receivedAt,
                request.language() == null ? "en" : request.language());
        String processKey = processKey(request.caseType());
        if (CustomerInquiryProcess.KEY.equals(processKey)) {
            variables.put(CustomerInquiryProcess.INTENT, initialIntent(request));
            variables.put(CustomerInquiryProcess.REPLY_WAIT, properties.replyWait().toString());
        }
        variables.putAll(extraVariables);
        CaseSubject about = CaseSubject.of(request.subject() == null ? firstLine(request.text()) : request.subject())
                .withCustomer((String) variables.get(CaseContext.CUSTOMER_NUMBER))
                .withContactEmail(CaseContext.blankToNull(request.senderEmail()))
                .withSite((String) variables.get(CaseContext.SITE_ID))
                .withContract((String) variables.get(CaseContext.CONTRACT_NUMBER))
                .withInvoice(CaseContext.blankToNull(request.invoiceNumber()));
        CaseStarter.StartedCase started = starter.start(request.caseType(), processKey, about, variables);
        return new OpenedCase(started.caseNumber(), processKey, started.processInstanceId());
    }

    /**
     * A termination whose customer, contract (the site's, or the customer's only one) and requester are known goes
     * to {@link TerminationIntake}; otherwise to {@code customerInquiry}, where a handler identifies them.
     */
    private Optional<OpenedCase> openTermination(NewCaseRequest request, CustomerView customer, SiteView site,
            Instant receivedAt, boolean senderVerified) {
        String requester = CaseContext.blankToNull(request.senderEmail());
        if (customer == null || requester == null) {
            return Optional.empty();
        }
        List<String> contracts = customer.contracts().stream()
                .filter(c -> site == null || c.siteId().equals(site.siteId())).map(c -> c.number()).toList();
        if (contracts.size() != 1) {
            return Optional.empty();
        }
        String caseNumber = terminations.receive(new TerminationNotice(customer.number(), contracts.get(0), requester,
                request.channel() == null ? RequestChannel.EMAIL : request.channel(),
                receivedAt.atZone(customer.country().zone()).toLocalDate(), request.text()), senderVerified);
        return Optional.of(new OpenedCase(caseNumber, TerminationProcess.PROCESS_KEY,
                cases.get(caseNumber).getProcessInstanceId()));
    }

    static String processKey(CaseType type) {
        return switch (type) {
            case SERVICE_REQUEST -> ServiceRequestProcess.KEY;
            case FAULT_REPORT -> FaultReportProcess.KEY;
            case INVOICE_QUESTION, ACTION_INSTRUCTION_CHANGE, GENERAL_INQUIRY, TERMINATION -> CustomerInquiryProcess.KEY;
            default -> null;
        };
    }

    private static String initialIntent(NewCaseRequest request) {
        if (request.intent() != null) {
            return request.intent().name();
        }
        return request.caseType() == CaseType.ACTION_INSTRUCTION_CHANGE ? InquiryIntent.ACTION_INSTRUCTION_CHANGE.name()
                : null;
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
