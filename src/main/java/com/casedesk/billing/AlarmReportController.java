package com.casedesk.billing;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.casedesk.billing.AlarmReports.AlarmReport;
import com.casedesk.billing.AlarmReports.BillingOutcome;

@RestController
@RequestMapping("/api/alarm-reports")
class AlarmReportController {

    private final AlarmReports reports;

    AlarmReportController(AlarmReports reports) {
        this.reports = reports;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    BillingOutcome report(@RequestBody AlarmReport report) {
        return reports.report(report);
    }
}
