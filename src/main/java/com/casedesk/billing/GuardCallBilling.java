package com.casedesk.billing;

import static com.casedesk.billing.GuardCallOutProcess.*;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.DecisionRecord;
import com.casedesk.rules.Reason;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The steps of a guard call-out billing case: decide, create the invoice line, close the case. */
@Service
@Transactional
class GuardCallBilling {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GuardCallBillabilityDecision decision;
    private final CaseManagement cases;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    GuardCallBilling(GuardCallBillabilityDecision decision, CaseManagement cases, JdbcTemplate jdbc, Clock clock) {
        this.decision = decision;
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Decides billability, puts the decision on the case's timeline and returns it as process variables. */
    Map<String, Object> decide(String caseNumber, AlarmFacts alarm) {
        GuardCallBillability billability = decision.decide(alarm);
        String reasons = json(billability.reasons());
        cases.recordDecision(caseNumber,
                (billability.billable() ? "Billable as " + billability.charge() : "Not billable") + ": "
                        + billability.reasons().stream().map(Reason::text).collect(Collectors.joining(" ")),
                new DecisionRecord("guard-call-billability", alarm,
                        Map.of("billable", billability.billable(), "charge", billability.charge()),
                        billability.reasons(), billability.firedRules(), billability.rulesVersion()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(BILLABLE, billability.billable());
        variables.put(CHARGE, billability.charge().name());
        variables.put(BILLABILITY_REASONS, reasons);
        variables.put(FIRED_RULES, String.join(", ", billability.firedRules()));
        variables.put(RULES_VERSION, billability.rulesVersion());
        return variables;
    }

    /** @return the id of the new invoice line */
    long createInvoiceLine(String caseNumber, Charge charge, String siteId, String customerNumber,
            String contractNumber, String alarmTime) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO cd_invoice_line (case_number, charge, site_id,"
                    + " customer_number, contract_number, alarm_time, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    new String[] { "id" });
            insert.setString(1, caseNumber);
            insert.setString(2, charge.name());
            insert.setString(3, siteId);
            insert.setString(4, customerNumber);
            insert.setString(5, contractNumber);
            insert.setTimestamp(6, Timestamp.from(OffsetDateTime.parse(alarmTime).toInstant()));
            insert.setTimestamp(7, Timestamp.from(clock.instant()));
            return insert;
        }, key);
        long id = key.getKey().longValue();
        cases.record(caseNumber, CaseEvent.Kind.NOTE, "Invoice line " + id + " created: " + charge + " for site "
                + siteId + " (customer " + customerNumber + ")", null);
        return id;
    }

    void close(String caseNumber, boolean billable, String charge) {
        cases.close(caseNumber, billable ? "Alarm billed as " + charge : "Alarm not billed");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
