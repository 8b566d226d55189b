package com.casedesk.cases;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.casedesk.system.BadRequestException;
import com.casedesk.system.IdempotentRequests;
import com.casedesk.system.IdempotentRequests.Outcome;

/**
 * {@code POST /api/cases}: a handler opens a case by hand (a phone call, a letter). An {@code Idempotency-Key}
 * header makes a retry return the first case instead of opening a second.
 */
@RestController
class CaseIntakeController {

    private final CaseIntake intake;
    private final IdempotentRequests idempotent;

    CaseIntakeController(CaseIntake intake, IdempotentRequests idempotent) {
        this.intake = intake;
        this.idempotent = idempotent;
    }

    @PostMapping("/api/cases")
    @SuppressWarnings("unchecked")
    ResponseEntity<Map<String, String>> open(@RequestBody(required = false) NewCaseRequest request,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        if (request == null) {
            throw new BadRequestException("", "the body is required");
        }
        Outcome<Map> outcome = idempotent.once("POST /api/cases", key, IdempotentRequests.HEADER, request, Map.class,
                () -> {
                    CaseIntake.OpenedCase opened = intake.open(request);
                    return Map.of("caseNumber", opened.caseNumber(), "processKey", opened.processKey(),
                            "processInstanceId", opened.processInstanceId());
                });
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(outcome.result());
    }
}
