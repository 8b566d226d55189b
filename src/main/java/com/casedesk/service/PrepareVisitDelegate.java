package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("prepareVisitDelegate")
class PrepareVisitDelegate implements JavaDelegate {

    private final TechnicianVisits visits;

    PrepareVisitDelegate(TechnicianVisits visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(visits.prepare((String) execution.getVariable(CASE_NUMBER),
                (String) execution.getVariable(CUSTOMER_NUMBER), (String) execution.getVariable(SITE_ID),
                (String) execution.getVariable(VISIT_CONTACT_EMAIL), (String) execution.getVariable(VISIT_CHECKLIST)));
    }
}
