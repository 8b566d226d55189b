package com.casedesk.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseVariables;

/** {@code serviceTask_openCase} of {@value IntakeProcess#SENDER_VERIFICATION}. */
@Component("openVerifiedCaseDelegate")
class OpenVerifiedCaseDelegate implements JavaDelegate {

    static final String CONTINUED_IN = "continuedInCase";

    private final SenderVerification verification;

    OpenVerifiedCaseDelegate(SenderVerification verification) {
        this.verification = verification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = CaseVariables.string(execution, CaseStarter.CASE_NUMBER);
        execution.setVariable(CONTINUED_IN, verification.continueVerified(caseNumber, execution.getVariables()));
    }
}
