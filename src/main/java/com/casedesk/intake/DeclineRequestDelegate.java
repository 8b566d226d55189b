package com.casedesk.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseVariables;

/** {@code serviceTask_declineRequest} of {@value IntakeProcess#SENDER_VERIFICATION}. */
@Component("declineRequestDelegate")
class DeclineRequestDelegate implements JavaDelegate {

    private final SenderVerification verification;

    DeclineRequestDelegate(SenderVerification verification) {
        this.verification = verification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        verification.decline(CaseVariables.string(execution, CaseStarter.CASE_NUMBER), execution.getVariables());
    }
}
