package com.casedesk.billing;

import static com.casedesk.billing.GuardCallOutProcess.*;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseStarter.CaseSubject;
import com.casedesk.cases.CaseStarter.StartedCase;
import com.casedesk.cases.CaseType;
import com.casedesk.customers.Contract;
import com.casedesk.customers.ContractStatus;
import com.casedesk.customers.Site;
import com.casedesk.customers.SiteRepository;
import com.casedesk.rules.Reason;
import com.casedesk.system.BadRequestException;
import com.casedesk.system.FieldError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns the alarm centre's report of a handled alarm into a guard call-out billing case. */
@Service
public class AlarmReports {

    /**
     * The alarm centre's report. Booleans are objects so that a missing one is reported, not taken as false.
     *
     * @param reportId the alarm centre's own id of the report, optional: the same id reported again is the same
     *                 report, answered with the first result
     */
    public record AlarmReport(String siteId, OffsetDateTime alarmTime, Boolean testModeActive,
            Boolean falseAlarmReportedByPhone, Boolean guardDispatched, Boolean contactsCalled, String reportId) {
    }

    /** @param invoiceLineId null when nothing is billed */
    public record BillingOutcome(String caseNumber, boolean billable, Charge charge, List<Reason> reasons,
            Long invoiceLineId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SiteRepository sites;
    private final CaseStarter starter;
    private final HistoryService history;
    private final Clock clock;

    AlarmReports(SiteRepository sites, CaseStarter starter, HistoryService history, Clock clock) {
        this.sites = sites;
        this.starter = starter;
        this.history = history;
        this.clock = clock;
    }

    /** @throws BadRequestException naming every missing or wrong field */
    @Transactional
    public BillingOutcome report(AlarmReport report) {
        Site site = validate(report);
        Optional<Contract> contract = site.getCustomer().getContracts().stream()
                .filter(c -> c.getSite().getSiteId().equals(site.getSiteId()))
                .filter(c -> c.getStatus() != ContractStatus.TERMINATED)
                .findFirst();
        String customerNumber = site.getCustomer().getNumber();
        Map<String, Object> variables = new HashMap<>();
        variables.put(SITE_ID, site.getSiteId());
        variables.put(CUSTOMER_NUMBER, customerNumber);
        variables.put(CONTRACT_NUMBER, contract.map(Contract::getNumber).orElse(null));
        variables.put(ALARM_TIME, report.alarmTime().toString());
        variables.put(DIRECT_CUSTOMER, site.isMonitoredByUs());
        variables.put(GUARD_CALL_OUT_INCLUDED, site.isMonitoredByUs() && contract.map(Contract::isGuardCallOutIncluded).orElse(false));
        variables.put(TEST_MODE_ACTIVE, report.testModeActive());
        variables.put(FALSE_ALARM_REPORTED_BY_PHONE, report.falseAlarmReportedByPhone());
        variables.put(GUARD_DISPATCHED, report.guardDispatched());
        variables.put(CONTACTS_CALLED, report.contactsCalled());
        CaseSubject subject = CaseSubject.of("Alarm at site " + site.getSiteId() + " on " + report.alarmTime()
                + (site.isMonitoredByUs() ? "" : " (for another alarm centre)"))
                .withCustomer(customerNumber).withSite(site.getSiteId())
                .withContract(contract.map(Contract::getNumber).orElse(null));
        StartedCase started = starter.start(CaseType.GUARD_CALL_OUT_BILLING, PROCESS_KEY, subject, variables);
        return outcome(started);
    }

    private BillingOutcome outcome(StartedCase started) {
        Map<String, Object> result = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceId(started.processInstanceId()).list()) {
            result.put(variable.getName(), variable.getValue());
        }
        try {
            List<Reason> reasons = JSON.readValue((String) result.get(BILLABILITY_REASONS), new TypeReference<>() {
            });
            return new BillingOutcome(started.caseNumber(), Boolean.TRUE.equals(result.get(BILLABLE)),
                    Charge.valueOf((String) result.get(CHARGE)), reasons, (Long) result.get(INVOICE_LINE_ID));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case " + started.caseNumber() + ": unreadable reasons", e);
        }
    }

    private Site validate(AlarmReport report) {
        List<FieldError> errors = new ArrayList<>();
        Site site = null;
        if (report.siteId() == null || report.siteId().isBlank()) {
            errors.add(new FieldError("siteId", "is required"));
        } else {
            site = sites.findBySiteId(report.siteId().trim()).orElse(null);
            if (site == null) {
                errors.add(new FieldError("siteId", "no site " + report.siteId() + " is known"));
            }
        }
        if (report.alarmTime() == null) {
            errors.add(new FieldError("alarmTime", "is required (ISO 8601 with offset, e.g. 2026-11-20T22:15:00+01:00)"));
        } else if (report.alarmTime().toInstant().isAfter(clock.instant())) {
            errors.add(new FieldError("alarmTime", "must not be in the future, was " + report.alarmTime()));
        }
        required(errors, "testModeActive", report.testModeActive());
        required(errors, "falseAlarmReportedByPhone", report.falseAlarmReportedByPhone());
        required(errors, "guardDispatched", report.guardDispatched());
        required(errors, "contactsCalled", report.contactsCalled());
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        return site;
    }

    private static void required(List<FieldError> errors, String field, Boolean value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required (true or false)"));
        }
    }
}
