package com.casedesk.service;

import java.util.List;

import com.casedesk.system.RefusedInputException;

/** What a coordinator or technician entered (or a caller passed) for a technician visit cannot be used. */
public class VisitInputException extends RefusedInputException {

    public VisitInputException(List<String> problems) {
        super(problems);
    }
}
