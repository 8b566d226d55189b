package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import com.casedesk.cases.CaseVariables;

@Component("sendVisitConfirmationDelegate")
class SendVisitConfirmationDelegate implements JavaDelegate {

    private final TechnicianVisits visits;

    SendVisitConfirmationDelegate(TechnicianVisits visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        visits.confirm(new TechnicianVisits.Appointment(CaseVariables.caseNumber(execution),
                CaseVariables.string(execution, VISIT_CONTACT_EMAIL), CaseVariables.string(execution, CUSTOMER_LANGUAGE),
                CaseVariables.string(execution, CUSTOMER_NAME), CaseVariables.string(execution, SITE_ADDRESS),
                String.valueOf(execution.getVariable(VISIT_DATE)), String.valueOf(execution.getVariable(VISIT_TIME)),
                CaseVariables.string(execution, VISIT_TECHNICIAN)));
        // a reschedule request is answered by this appointment; the next one starts without it
        execution.removeVariables(java.util.List.of(VISIT_RESCHEDULE_REASON, VISIT_PREFERRED_DATE));
    }
}
