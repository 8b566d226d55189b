package com.casedesk.system;

import java.util.List;
import java.util.stream.Collectors;

/** Input a controller rejects after bean validation (cross-field checks); {@link ApiErrorHandler} turns it into a 400. */
public class BadRequestException extends RuntimeException {

    private final transient List<FieldError> errors;

    public BadRequestException(List<FieldError> errors) {
        super(errors.stream().map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public BadRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
