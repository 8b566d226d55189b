package com.casedesk.inquiry;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import com.casedesk.cases.CaseStarter;

/** Typed reads of the common case variables for the service desk's delegates. */
public final class CaseVariables {

    private CaseVariables() {
    }

    public static String string(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    public static boolean flag(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    public static String caseNumber(DelegateExecution execution) {
        return string(execution, CaseStarter.CASE_NUMBER);
    }

    public static CustomerAnswers.Recipient recipient(DelegateExecution execution) {
        return new CustomerAnswers.Recipient(caseNumber(execution), string(execution, CaseContext.REPLY_TO),
                string(execution, CaseContext.LANGUAGE), string(execution, CaseContext.CUSTOMER_NAME),
                string(execution, CaseContext.REQUEST_MESSAGE_ID));
    }
}
