package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CustomerReply;
import com.casedesk.cases.RequestChannel;
import com.casedesk.cases.CaseVariables;

/**
 * The customer's reply is the new notice: its channel, date and authorization are decided on next. A reply from
 * another address than the requester's does not take the requester's place (mails about the case keep going to
 * the requester): the address is kept as {@value TerminationProcess#PROPOSED_REQUESTER_EMAIL} and the timeline
 * asks a handler to confirm it.
 */
@Component("takeOverNoticeDelegate")
class TakeOverNoticeDelegate implements JavaDelegate {

    private final CaseManagement cases;

    TakeOverNoticeDelegate(CaseManagement cases) {
        this.cases = cases;
    }

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
        String requester = CaseVariables.string(execution, REQUESTER_EMAIL);
        if (from != null && !from.isBlank() && !from.strip().equalsIgnoreCase(requester)) {
            execution.setVariable(PROPOSED_REQUESTER_EMAIL, from.strip());
            cases.record(CaseVariables.caseNumber(execution), CaseEvent.Kind.NOTE, "New notice from "
                    + from.strip() + ", not the requester: mails about the case still go to " + requester
                    + " until a handler confirms the new address", null);
        }
        execution.setVariable(NOTICE_TEXT, execution.getVariable(CustomerReply.VAR_TEXT));
        // a long reply is on the case: its preview came as the text, its stored text's id comes along
        execution.setVariable(com.casedesk.cases.CaseTexts.idVariable(NOTICE_TEXT),
                execution.getVariable(com.casedesk.cases.CaseTexts.idVariable(CustomerReply.VAR_TEXT)));
    }
}
