package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("closeWithoutTerminationDelegate")
class CloseWithoutTerminationDelegate implements JavaDelegate {

    private final Terminations terminations;

    CloseWithoutTerminationDelegate(Terminations terminations) {
        this.terminations = terminations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        terminations.closeWithoutTermination((String) execution.getVariable(CASE_NUMBER),
                (String) execution.getVariable(CONTRACT_NUMBER), (String) execution.getVariable(REQUESTER_EMAIL));
    }
}
