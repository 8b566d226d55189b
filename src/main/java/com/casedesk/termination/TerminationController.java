package com.casedesk.termination;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import com.casedesk.system.IdempotentRequests;
import com.casedesk.system.IdempotentRequests.Outcome;

/** {@code POST /api/terminations}; an {@code Idempotency-Key} header makes a retry return the first case. */
@RestController
@RequestMapping("/api/terminations")
class TerminationController {

    private final TerminationIntake intake;
    private final IdempotentRequests idempotent;

    TerminationController(TerminationIntake intake, IdempotentRequests idempotent) {
        this.intake = intake;
        this.idempotent = idempotent;
    }

    @PostMapping
    @SuppressWarnings("unchecked")
    ResponseEntity<Map<String, String>> receive(@RequestBody TerminationNotice notice,
            @RequestHeader(name = IdempotentRequests.HEADER, required = false) String key) {
        Outcome<Map> outcome = idempotent.once("POST /api/terminations", key, IdempotentRequests.HEADER, notice,
                Map.class, () -> Map.of("caseNumber", intake.receive(notice)));
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Idempotent-Replayed", String.valueOf(outcome.replayed())).body(outcome.result());
    }
}
