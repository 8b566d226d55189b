package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import com.casedesk.cases.CaseVariables;

@Component("confirmTerminationDelegate")
class ConfirmTerminationDelegate implements JavaDelegate {

    private final Terminations terminations;

    ConfirmTerminationDelegate(Terminations terminations) {
        this.terminations = terminations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        terminations.confirm(CaseVariables.caseNumber(execution), CaseVariables.string(execution, CONTRACT_NUMBER),
                LocalDate.parse(CaseVariables.string(execution, END_DATE)));
    }
}
