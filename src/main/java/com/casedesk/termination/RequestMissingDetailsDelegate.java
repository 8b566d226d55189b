package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("requestMissingDetailsDelegate")
class RequestMissingDetailsDelegate implements JavaDelegate {

    private final Terminations terminations;
    private final TerminationProperties properties;

    RequestMissingDetailsDelegate(Terminations terminations, TerminationProperties properties) {
        this.terminations = terminations;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        terminations.requestMissingDetails((String) execution.getVariable(CASE_NUMBER),
                (String) execution.getVariable(CONTRACT_NUMBER), (String) execution.getVariable(REQUESTER_EMAIL),
                List.of(((String) execution.getVariable(REASON_CODES)).split(",")));
        execution.setVariable(NOTICE_WAIT, properties.noticeWait().toString());
    }
}
