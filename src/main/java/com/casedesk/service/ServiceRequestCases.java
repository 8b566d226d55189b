package com.casedesk.service;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseIntake.OpenedCase;
import com.casedesk.cases.CaseOpening;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.CaseTypeHandler;

/** Opens service requests with {@value ServiceRequestProcess#KEY}. */
@Component
class ServiceRequestCases implements CaseTypeHandler {

    @Override
    public Set<CaseType> caseTypes() {
        return Set.of(CaseType.SERVICE_REQUEST);
    }

    @Override
    public Optional<OpenedCase> open(CaseOpening opening) {
        return Optional.of(opening.start(ServiceRequestProcess.KEY));
    }
}
