package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import com.casedesk.cases.CaseVariables;

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
        terminations.requestMissingDetails(CaseVariables.caseNumber(execution),
                CaseVariables.string(execution, CONTRACT_NUMBER), CaseVariables.string(execution, REQUESTER_EMAIL),
                List.of((CaseVariables.string(execution, REASON_CODES)).split(",")));
        execution.setVariable(NOTICE_WAIT, properties.noticeWait().toString());
    }
}
