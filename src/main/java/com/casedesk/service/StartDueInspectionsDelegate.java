package com.casedesk.service;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("startDueInspectionsDelegate")
class StartDueInspectionsDelegate implements JavaDelegate {

    static final String STARTED = "inspectionsStarted";

    private final InspectionPlanner planner;

    StartDueInspectionsDelegate(InspectionPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(STARTED, String.join(",", planner.startDueInspections()));
    }
}
