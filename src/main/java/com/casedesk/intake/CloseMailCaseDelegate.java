package com.casedesk.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseVariables;

/** {@code serviceTask_closeCase} of {@value IntakeProcess#INCOMING_MAIL}: closes the case with the handler's resolution. */
@Component("closeMailCaseDelegate")
class CloseMailCaseDelegate implements JavaDelegate {

    private final CaseManagement cases;

    CloseMailCaseDelegate(CaseManagement cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.close(CaseVariables.string(execution, CaseStarter.CASE_NUMBER),
                "Mail handled: " + execution.getVariable(IntakeProcess.RESOLUTION));
    }
}
