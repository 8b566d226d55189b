package com.casedesk.system;

import java.util.List;

/** A request a user can fix; answered with HTTP 400 and every field error. */
public class BadRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public BadRequestException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("bad request"));
        this.errors = List.copyOf(errors);
    }

    public BadRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
