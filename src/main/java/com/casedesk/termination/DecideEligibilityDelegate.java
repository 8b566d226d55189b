package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import com.casedesk.cases.RequestChannel;
import com.casedesk.cases.CaseVariables;

@Component("decideEligibilityDelegate")
class DecideEligibilityDelegate implements JavaDelegate {

    private final Terminations terminations;

    DecideEligibilityDelegate(Terminations terminations) {
        this.terminations = terminations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Terminations.Decided decided = terminations.decide(CaseVariables.caseNumber(execution),
                CaseVariables.string(execution, CONTRACT_NUMBER),
                RequestChannel.valueOf(CaseVariables.string(execution, REQUEST_CHANNEL)),
                LocalDate.parse(CaseVariables.string(execution, REQUEST_RECEIVED_DATE)),
                CaseVariables.flag(execution, REQUESTER_AUTHORIZED));
        TerminationEligibility eligibility = decided.eligibility();
        execution.setVariable(ACCEPTED, eligibility.accepted());
        execution.setVariable(REASON_CODES, decided.reasonCodes());
        execution.setVariable(REASONS, decided.reasonTexts());
        execution.setVariable(FIRED_RULES, String.join(", ", eligibility.firedRules()));
        execution.setVariable(RULES_VERSION, eligibility.rulesVersion());
        if (eligibility.accepted()) {
            execution.setVariable(END_DATE, eligibility.endDate().toString());
            execution.setVariable(ENDS_AT, decided.endsAt());
            execution.setVariable(VISIT_LATEST_DATE, decided.visitLatestDate().toString());
            execution.setVariable(VISIT_CHECKLIST, decided.checklistJson());
            execution.setVariable(VISIT_PURPOSE, decided.visitPurpose());
        }
    }
}
