package com.casedesk.service;

import static com.casedesk.cases.CaseVariables.caseNumber;
import static com.casedesk.cases.CaseVariables.string;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("planNextInspectionDelegate")
class PlanNextInspectionDelegate implements JavaDelegate {

    static final String NEXT_INSPECTION_DUE = "nextInspectionDue";

    private final InspectionPlanner planner;

    PlanNextInspectionDelegate(InspectionPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(NEXT_INSPECTION_DUE, planner.inspectionDone(
                string(execution, ServiceRequestProcess.INSPECTION_CONTRACT_NUMBER), caseNumber(execution)).toString());
    }
}
