package com.casedesk.cases;

import org.camunda.bpm.engine.delegate.VariableScope;


/**
 * The one way delegates and task listeners read process variables: typed, with a blank value (what an empty form
 * field submits) read as absent.
 */
public final class CaseVariables {

    private CaseVariables() {
    }

    public static String string(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    public static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    public static String caseNumber(VariableScope scope) {
        return string(scope, CaseStarter.CASE_NUMBER);
    }
}
