package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import com.casedesk.cases.CaseVariables;

@Component("recordVisitReportDelegate")
class RecordVisitReportDelegate implements JavaDelegate {

    private final TechnicianVisits visits;
    private final java.time.Clock clock;

    RecordVisitReportDelegate(TechnicianVisits visits, java.time.Clock clock) {
        this.visits = visits;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var results = VisitChecklist.results(VisitChecklist.fromJson(CaseVariables.string(execution, VISIT_CHECKLIST)),
                execution::getVariable);
        TechnicianVisits.Report report = visits.recordReport(CaseVariables.caseNumber(execution), results,
                CaseVariables.string(execution, VISIT_TECHNICIAN), String.valueOf(execution.getVariable(VISIT_DATE)));
        execution.setVariable(VISIT_REPORT, report.json());
        execution.setVariable(VISIT_REPORT_SUMMARY, report.summary());
        execution.setVariable(VISIT_COMPLETED_AT, clock.instant().toString());
    }
}
