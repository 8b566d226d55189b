package com.casedesk.system;

/**
 * One thing wrong with a request, for the API's 400 body.
 *
 * @param field   JSON path of the offending field ({@code contract.noticeMonths}); empty when the whole body is bad
 * @param message what is wrong, e.g. {@code must be 3, 6 or 12}
 */
public record FieldError(String field, String message) {
}
