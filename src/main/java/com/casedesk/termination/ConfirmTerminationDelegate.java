package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("confirmTerminationDelegate")
class ConfirmTerminationDelegate implements JavaDelegate {

    private final Terminations terminations;

    ConfirmTerminationDelegate(Terminations terminations) {
        this.terminations = terminations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        terminations.confirm((String) execution.getVariable(CASE_NUMBER), (String) execution.getVariable(CONTRACT_NUMBER),
                LocalDate.parse((String) execution.getVariable(END_DATE)));
    }
}
