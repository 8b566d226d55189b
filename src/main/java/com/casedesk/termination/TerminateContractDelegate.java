package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("terminateContractDelegate")
class TerminateContractDelegate implements JavaDelegate {

    private final Terminations terminations;

    TerminateContractDelegate(Terminations terminations) {
        this.terminations = terminations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        terminations.terminate((String) execution.getVariable(CASE_NUMBER), (String) execution.getVariable(CONTRACT_NUMBER));
    }
}
