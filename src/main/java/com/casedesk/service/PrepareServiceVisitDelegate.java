package com.casedesk.service;

import static com.casedesk.cases.CaseVariables.string;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseContext;

@Component("prepareServiceVisitDelegate")
class PrepareServiceVisitDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        boolean inspection = string(execution, ServiceRequestProcess.INSPECTION_CONTRACT_NUMBER) != null;
        String work = string(execution, ServiceRequestProcess.WORK_DESCRIPTION);
        if (work == null) {
            work = string(execution, CaseContext.REQUEST_TEXT);
        }
        execution.setVariable(ServiceRequestProcess.VISIT_PURPOSE, (inspection ? "Yearly inspection: " : "Service: ")
                + firstLine(work));
        execution.setVariable(ServiceRequestProcess.VISIT_CHECKLIST, ServiceVisitOrders.checklist(
                inspection ? ServiceVisitOrders.PERIODIC_INSPECTION : ServiceVisitOrders.SERVICE, work));
    }

    static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
