package com.casedesk.termination;

import static com.casedesk.termination.TerminationProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("decideEligibilityDelegate")
class DecideEligibilityDelegate implements JavaDelegate {

    private final Terminations terminations;

    DecideEligibilityDelegate(Terminations terminations) {
        this.terminations = terminations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Terminations.Decided decided = terminations.decide((String) execution.getVariable(CASE_NUMBER),
                (String) execution.getVariable(CONTRACT_NUMBER),
                RequestChannel.valueOf((String) execution.getVariable(REQUEST_CHANNEL)),
                LocalDate.parse((String) execution.getVariable(REQUEST_RECEIVED_DATE)),
                Boolean.TRUE.equals(execution.getVariable(REQUESTER_AUTHORIZED)));
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
