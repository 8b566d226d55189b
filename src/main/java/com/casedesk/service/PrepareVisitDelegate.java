package com.casedesk.service;

import static com.casedesk.service.TechnicianVisitProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import com.casedesk.cases.CaseVariables;

@Component("prepareVisitDelegate")
class PrepareVisitDelegate implements JavaDelegate {

    private final TechnicianVisits visits;

    PrepareVisitDelegate(TechnicianVisits visits) {
        this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(visits.prepare(CaseVariables.caseNumber(execution),
                CaseVariables.string(execution, CUSTOMER_NUMBER), CaseVariables.string(execution, SITE_ID),
                CaseVariables.string(execution, VISIT_CONTACT_EMAIL), CaseVariables.string(execution, VISIT_CHECKLIST)));
    }
}
