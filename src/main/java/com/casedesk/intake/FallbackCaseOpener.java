package com.casedesk.intake;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseStarter;

/**
 * Starts {@value IntakeProcess#INCOMING_MAIL} (a handler of the case type's group handles the mail) for every case
 * type whose own process is not available in this build.
 */
@Component
class FallbackCaseOpener implements CaseOpener {

    private final CaseStarter starter;

    FallbackCaseOpener(CaseStarter starter) {
        this.starter = starter;
    }

    @Override
    public CaseStarter.StartedCase open(NewCase request) {
        Map<String, Object> variables = request.mail().variables();
        variables.put(IntakeProcess.CASE_GROUP, CaseGroups.forType(request.type()));
        variables.put(IntakeProcess.CASE_TYPE, request.type().name());
        return starter.start(request.type(), IntakeProcess.INCOMING_MAIL, request.about(), variables);
    }
}
