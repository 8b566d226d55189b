package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static com.casedesk.cases.CaseVariables.*;
import static com.casedesk.inquiry.CustomerInquiryProcess.*;
import com.casedesk.cases.CaseContext;
import com.casedesk.customers.SiteAlarmNotes;

@Component("recordArmDisarmCheckDelegate")
class RecordArmDisarmCheckDelegate implements JavaDelegate {

    private final SiteAlarmNotes notes;

    RecordArmDisarmCheckDelegate(SiteAlarmNotes notes) {
        this.notes = notes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notes.recordArmDisarmCheck(string(execution, CaseContext.SITE_ID), string(execution, ARM_BY),
                string(execution, DISARM_BY), string(execution, CHECK_DAYS), caseNumber(execution));
    }
}
