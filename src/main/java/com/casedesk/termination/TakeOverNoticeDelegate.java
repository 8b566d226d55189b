package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CustomerReply;
import com.casedesk.cases.RequestChannel;
import com.casedesk.cases.CaseVariables;

/** The customer's reply is the new notice: its sender, channel, date and authorization are decided on next. */
@Component("takeOverNoticeDelegate")
class TakeOverNoticeDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String channel = CaseVariables.string(execution, CustomerReply.VAR_CHANNEL);
        if (channel == null || Arrays.stream(RequestChannel.values()).noneMatch(c -> c.name().equals(channel))) {
            throw new IllegalArgumentException(CustomerReply.VAR_CHANNEL + ": '" + channel + "' is not one of "
                    + Arrays.toString(RequestChannel.values()));
        }
        String receivedDate = CaseVariables.string(execution, CustomerReply.VAR_RECEIVED_DATE);
        if (receivedDate == null) {
            throw new IllegalArgumentException(CustomerReply.VAR_RECEIVED_DATE + ": required, the notice period counts from it");
        }
        execution.setVariable(REQUEST_CHANNEL, channel);
        execution.setVariable(REQUEST_RECEIVED_DATE, receivedDate);
        execution.setVariable(REQUESTER_AUTHORIZED, CaseVariables.flag(execution, CustomerReply.VAR_AUTHORIZED));
        String from = CaseVariables.string(execution, CustomerReply.VAR_FROM);
        if (from != null && !from.isBlank()) {
            execution.setVariable(REQUESTER_EMAIL, from);
        }
        execution.setVariable(NOTICE_TEXT, execution.getVariable(CustomerReply.VAR_TEXT));
    }
}
