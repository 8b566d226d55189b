package com.casedesk.cases;

import java.util.Optional;
import java.util.Set;

/**
 * A case type's door: the case types it serves and how it opens one. Each case-type package implements it
 * (termination, fault, service, inquiry, …); {@link CaseIntake} finds the handler by case type, so adding a
 * case type touches only its own package, its BPMN and its rules.
 */
public interface CaseTypeHandler {

    Set<CaseType> caseTypes();

    /**
     * Opens the case, or declines (empty) when it cannot be opened as this type yet, for example a termination
     * whose contract is not known: the {@link CaseType#GENERAL_INQUIRY} handler then opens it for a handler to
     * identify and route.
     */
    Optional<CaseIntake.OpenedCase> open(CaseOpening opening);
}
