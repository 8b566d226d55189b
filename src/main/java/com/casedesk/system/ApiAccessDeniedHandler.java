package com.casedesk.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A refused {@code /api} call: 403 with the API's error body, naming the group the caller lacks. */
final class ApiAccessDeniedHandler implements AccessDeniedHandler {

    private final ObjectMapper json;

    ApiAccessDeniedHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Object reason = request.getAttribute(ApiAuthorization.REFUSAL);
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), new ApiErrorHandler.ApiErrors(List.of(
                new FieldError("", reason != null ? reason.toString() : "access denied"))));
    }
}
