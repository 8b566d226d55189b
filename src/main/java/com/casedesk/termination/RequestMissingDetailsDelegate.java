package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("requestMissingDetailsDelegate")
class RequestMissingDetailsDelegate implements JavaDelegate {

    private final Terminations terminations;

    RequestMissingDetailsDelegate(Terminations terminations) {
        this.terminations = terminations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        terminations.requestMissingDetails((String) execution.getVariable(CASE_NUMBER),
                (String) execution.getVariable(CONTRACT_NUMBER), (String) execution.getVariable(REQUESTER_EMAIL),
                List.of(((String) execution.getVariable(REASON_CODES)).split(",")));
    }
}
