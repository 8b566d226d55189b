package com.casedesk.system;

/** One thing wrong with a request: the JSON path of the field (e.g. {@code customers[2].contracts[0].noticeMonths}) and why. */
public record FieldError(String field, String message) {
}
