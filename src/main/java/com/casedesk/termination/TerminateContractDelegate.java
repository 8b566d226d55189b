package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import com.casedesk.cases.CaseVariables;

@Component("terminateContractDelegate")
class TerminateContractDelegate implements JavaDelegate {

    private final Terminations terminations;

    TerminateContractDelegate(Terminations terminations) {
        this.terminations = terminations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        terminations.terminate(CaseVariables.caseNumber(execution), CaseVariables.string(execution, CONTRACT_NUMBER));
    }
}
