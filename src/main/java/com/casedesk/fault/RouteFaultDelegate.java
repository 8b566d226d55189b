package com.casedesk.fault;

import static com.casedesk.fault.FaultReportProcess.*;
import static com.casedesk.cases.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import java.time.Instant;

import com.casedesk.customers.Country;
import com.casedesk.cases.CaseContext;

@Component("routeFaultDelegate")
class RouteFaultDelegate implements JavaDelegate {

    private final FaultReports faults;

    RouteFaultDelegate(FaultReports faults) {
        this.faults = faults;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String country = string(execution, CaseContext.COUNTRY);
        String siteId = string(execution, CaseContext.SITE_ID);
        execution.setVariable(URGENT_OUTSIDE_OFFICE_HOURS, faults.urgentOutsideOfficeHours(caseNumber(execution),
                flag(execution, CaseContext.URGENT), Instant.parse(string(execution, CaseContext.RECEIVED_AT)),
                country == null ? null : Country.valueOf(country)));
        execution.setVariable(SITE_SYSTEM, faults.system(siteId));
        execution.setVariable(SITE_HISTORY, faults.history(siteId, caseNumber(execution)));
    }
}
