package com.casedesk.fault;

import static com.casedesk.fault.FaultReportProcess.*;
import static com.casedesk.inquiry.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import com.casedesk.customers.Country;
import com.casedesk.inquiry.SiteAlarmNotes;
import com.casedesk.inquiry.CaseContext;

@Component
class RecordFaultTestModeDelegate implements JavaDelegate {

    private final SiteAlarmNotes notes;

    RecordFaultTestModeDelegate(SiteAlarmNotes notes) {
        this.notes = notes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String country = string(execution, CaseContext.COUNTRY);
        notes.recordTestMode(string(execution, CaseContext.SITE_ID),
                (country == null ? Country.SE : Country.valueOf(country)).zone(), string(execution, TEST_DATE),
                string(execution, TEST_FROM), string(execution, TEST_UNTIL), caseNumber(execution));
    }
}
