package com.casedesk.fault;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseIntake.OpenedCase;
import com.casedesk.cases.CaseOpening;
import com.casedesk.cases.CaseType;
import com.casedesk.cases.CaseTypeHandler;

/** Opens fault reports with {@value FaultReportProcess#KEY}. */
@Component
class FaultReportCases implements CaseTypeHandler {

    @Override
    public Set<CaseType> caseTypes() {
        return Set.of(CaseType.FAULT_REPORT);
    }

    @Override
    public Optional<OpenedCase> open(CaseOpening opening) {
        return Optional.of(opening.start(FaultReportProcess.KEY));
    }
}
