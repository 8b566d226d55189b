package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import com.casedesk.cases.CaseVariables;

@Component("sendTerminationConfirmationDelegate")
class SendTerminationConfirmationDelegate implements JavaDelegate {

    private final Terminations terminations;

    SendTerminationConfirmationDelegate(Terminations terminations) {
        this.terminations = terminations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        terminations.sendConfirmation(CaseVariables.caseNumber(execution),
                CaseVariables.string(execution, CONTRACT_NUMBER), CaseVariables.string(execution, REQUESTER_EMAIL));
    }
}
