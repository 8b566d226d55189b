package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.PROPOSED_REQUESTER_EMAIL;
import static com.casedesk.termination.TerminationProcess.REQUESTER_EMAIL;
import static com.casedesk.termination.TerminationProcess.USE_PROPOSED_REQUESTER_EMAIL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseVariables;

/**
 * Applies the handler's answer on "Confirm requester address": the proposed sender becomes the requester (every
 * later mail about the case goes there) or the requester stays. Either way the proposal is answered and removed.
 */
@Component("applyRequesterAddressDelegate")
class ApplyRequesterAddressDelegate implements JavaDelegate {

    private final CaseManagement cases;

    ApplyRequesterAddressDelegate(CaseManagement cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String proposed = CaseVariables.string(execution, PROPOSED_REQUESTER_EMAIL);
        String requester = CaseVariables.string(execution, REQUESTER_EMAIL);
        String caseNumber = CaseVariables.caseNumber(execution);
        if (CaseVariables.flag(execution, USE_PROPOSED_REQUESTER_EMAIL) && proposed != null) {
            execution.setVariable(REQUESTER_EMAIL, proposed);
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "Requester address changed from " + requester + " to "
                    + proposed + ": mails about the case go there now", null);
        } else {
            cases.record(caseNumber, CaseEvent.Kind.NOTE, "Requester address kept: " + requester + " (not "
                    + proposed + ")", null);
        }
        execution.removeVariable(PROPOSED_REQUESTER_EMAIL);
        execution.removeVariable(USE_PROPOSED_REQUESTER_EMAIL);
    }
}
