package com.casedesk.cases;

import static com.casedesk.cases.CaseVariables.caseNumber;
import static com.casedesk.cases.CaseVariables.string;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.customers.Country;
import com.casedesk.customers.SiteAlarmNotes;

/**
 * {@code serviceTask_recordTestMode} of both {@code faultReport} and {@code alarmSiteChange} (an inquiry's test
 * mode): the announced test mode (the form's {@value #TEST_DATE}, {@value #TEST_FROM}, {@value #TEST_UNTIL} in the site's local time) goes on
 * the site, so the alarm centre does not act on alarms in that window.
 */
@Component("recordTestModeDelegate")
class RecordTestModeDelegate implements JavaDelegate {

    public static final String TEST_DATE = "testDate";
    public static final String TEST_FROM = "testFrom";
    public static final String TEST_UNTIL = "testUntil";

    private final SiteAlarmNotes notes;

    RecordTestModeDelegate(SiteAlarmNotes notes) {
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
