package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("sendVisitConfirmationDelegate")
class SendVisitConfirmationDelegate implements JavaDelegate {

    private final TechnicianVisits visits;

    SendVisitConfirmationDelegate(TechnicianVisits visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        visits.confirm(new TechnicianVisits.Appointment((String) execution.getVariable(CASE_NUMBER),
                (String) execution.getVariable(VISIT_CONTACT_EMAIL), (String) execution.getVariable(CUSTOMER_LANGUAGE),
                (String) execution.getVariable(CUSTOMER_NAME), (String) execution.getVariable(SITE_ADDRESS),
                String.valueOf(execution.getVariable(VISIT_DATE)), String.valueOf(execution.getVariable(VISIT_TIME)),
                (String) execution.getVariable(VISIT_TECHNICIAN)));
        // a reschedule request is answered by this appointment; the next one starts without it
        execution.removeVariables(java.util.List.of(VISIT_RESCHEDULE_REASON, VISIT_PREFERRED_DATE));
    }
}
