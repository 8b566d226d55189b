package com.casedesk.system;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every 400 of the {@code /api} has one body: {@code {"errors":[{"field":"contract.noticeMonths","message":"must be
 * 3, 6 or 12"}]}}, naming each bad field by its JSON path.
 */
@RestControllerAdvice
public class ApiErrorHandler {

    /** The 400 body. */
    public record ApiErrors(List<FieldError> errors) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiErrors> invalid(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        List<FieldError> global = e.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldError("", error.getDefaultMessage())).toList();
        return badRequest(global.isEmpty() ? errors : concat(errors, global));
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiErrors> rejected(BadRequestException e) {
        return badRequest(e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiErrors> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiErrors(List.of(new FieldError("", e.getMessage()))));
    }

    /** The engine refused the caller ({@code /api} runs it as the caller): the engine's message names the permission. */
    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ApiErrors> engineRefused(AuthorizationException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new ApiErrors(List.of(new FieldError("", e.getMessage()))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiErrors> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonMappingException mapping) {
            return badRequest(List.of(new FieldError(path(mapping), message(mapping))));
        }
        if (cause instanceof JsonProcessingException parsing) {
            return badRequest(List.of(new FieldError("", "is not valid JSON: " + parsing.getOriginalMessage())));
        }
        return badRequest(List.of(new FieldError("", "a JSON body is required")));
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
            }
            if (target != null && target.getName().startsWith("java.time.")) {
                return "must be an existing date (yyyy-MM-dd), not " + format.getValue();
            }
            return "must be a " + simpleType(target) + ", not " + format.getValue();
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "must be a " + simpleType(mismatch.getTargetType());
        }
        if (e instanceof DatabindException) {
            return "is invalid: " + e.getOriginalMessage();
        }
        return e.getOriginalMessage();
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value of another type";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "number";
        }
        if (type == String.class) {
            return "string";
        }
        return type.isRecord() || !type.getName().startsWith("java.") ? "JSON object" : type.getSimpleName();
    }

    /** Jackson's reference chain as a JSON path: {@code contract.startDate}, {@code items[2].code}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ResponseEntity<ApiErrors> badRequest(List<FieldError> errors) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ApiErrors(errors));
    }

    private static List<FieldError> concat(List<FieldError> first, List<FieldError> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
