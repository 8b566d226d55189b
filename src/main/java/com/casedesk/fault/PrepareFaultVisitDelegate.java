package com.casedesk.fault;

import static com.casedesk.cases.CaseVariables.string;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseContext;
import com.casedesk.service.ServiceVisitOrders;

@Component("prepareFaultVisitDelegate")
class PrepareFaultVisitDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String note = string(execution, FaultReportProcess.TRIAGE_NOTE);
        String fault = note == null ? string(execution, CaseContext.REQUEST_TEXT) : note;
        String line = fault == null ? "" : fault.strip().lines().findFirst().orElse("");
        execution.setVariable(FaultReportProcess.VISIT_PURPOSE,
                "Repair fault: " + (line.length() > 120 ? line.substring(0, 117) + "..." : line));
        execution.setVariable(FaultReportProcess.VISIT_CHECKLIST, ServiceVisitOrders.checklist(
                ServiceVisitOrders.REPAIR_FAULT, fault));
    }
}
