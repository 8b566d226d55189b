package com.casedesk.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every error a caller can cause into {@code {"errors":[{"field":..,"message":..}]}}. */
@RestControllerAdvice
public class ApiErrorHandler {

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, List<FieldError>>> badRequest(BadRequestException e) {
        return body(HttpStatus.BAD_REQUEST, e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, List<FieldError>>> notFound(NotFoundException e) {
        return body(HttpStatus.NOT_FOUND, List.of(new FieldError("", e.getMessage())));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, List<FieldError>>> invalid(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field))
                .toList();
        return body(HttpStatus.BAD_REQUEST, errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, List<FieldError>>> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String message;
            if (mapping instanceof UnrecognizedPropertyException) {
                message = "unknown field";
            } else if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                    && format.getTargetType().isEnum()) {
                message = "'" + format.getValue() + "' is not one of "
                        + java.util.Arrays.toString(format.getTargetType().getEnumConstants());
            } else if (mapping instanceof InvalidFormatException format) {
                message = "'" + format.getValue() + "' is not a valid " + format.getTargetType().getSimpleName();
            } else {
                message = mapping.getOriginalMessage();
            }
            return body(HttpStatus.BAD_REQUEST, List.of(new FieldError(field, message)));
        }
        return body(HttpStatus.BAD_REQUEST, List.of(new FieldError("", "the body is not valid JSON")));
    }

    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static ResponseEntity<Map<String, List<FieldError>>> body(HttpStatus status, List<FieldError> errors) {
        return ResponseEntity.status(status).body(Map.of("errors", errors));
    }
}
