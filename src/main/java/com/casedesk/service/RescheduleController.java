package com.casedesk.service;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import com.casedesk.system.BadRequestException;
import com.casedesk.system.FieldError;

@RestController
@RequestMapping("/api/cases")
class RescheduleController {

    private final VisitRescheduling rescheduling;

    RescheduleController(VisitRescheduling rescheduling) {
        this.rescheduling = rescheduling;
    }

    /** @param preferredDate the day the customer would like instead, optional */
    record RescheduleRequest(String reason, LocalDate preferredDate) {
    }

    @PostMapping("/{caseNumber}/reschedule")
    ResponseEntity<Map<String, String>> reschedule(@PathVariable String caseNumber,
            @RequestBody RescheduleRequest request, Principal user) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw new BadRequestException("reason", "required: why the customer wants another time");
        }
        rescheduling.reschedule(caseNumber, request.reason().trim(), request.preferredDate(), user.getName());
        return ResponseEntity.accepted().body(Map.of("caseNumber", caseNumber, "status", "RESCHEDULING"));
    }

    @ExceptionHandler(VisitRescheduling.NoVisitWaitingException.class)
    ResponseEntity<Map<String, List<FieldError>>> noVisitWaiting(VisitRescheduling.NoVisitWaitingException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("errors", List.of(new FieldError("caseNumber", e.getMessage()))));
    }
}
