package com.casedesk.billing;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.casedesk.billing.AlarmReports.AlarmReport;
import com.casedesk.billing.AlarmReports.BillingOutcome;
import com.casedesk.system.IdempotentRequests;
import com.casedesk.system.IdempotentRequests.Outcome;

/**
 * {@code POST /api/alarm-reports}. The alarm centre's {@code reportId} (or else an {@code Idempotency-Key} header)
 * makes a retry return the first case and invoice line instead of billing the alarm twice.
 */
@RestController
@RequestMapping("/api/alarm-reports")
class AlarmReportController {

    private final AlarmReports reports;
    private final IdempotentRequests idempotent;

    AlarmReportController(AlarmReports reports, IdempotentRequests idempotent) {
        this.reports = reports;
        this.idempotent = idempotent;
    }

    @PostMapping
    ResponseEntity<BillingOutcome> report(@RequestBody AlarmReport report,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        boolean natural = report.reportId() != null;
        Outcome<BillingOutcome> outcome = idempotent.once(natural ? "alarm-report-id" : "POST /api/alarm-reports",
                natural ? report.reportId() : key, natural ? "reportId" : IdempotentRequests.HEADER, report,
                BillingOutcome.class, () -> reports.report(report));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(outcome.result());
    }
}
