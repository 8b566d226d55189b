package com.casedesk.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/decisions/email-classification}: the analysts' what-if over the intake rules. */
@RestController
class EmailClassificationController {

    private final EmailClassificationDecision decision;

    EmailClassificationController(EmailClassificationDecision decision) {
        this.decision = decision;
    }

    @PostMapping("/api/decisions/email-classification")
    EmailClassification decide(@Valid @RequestBody Body body) {
        return decision.classify(body.from(), body.subject(), body.body());
    }

    /** An empty subject or body is allowed (mails without either exist); a missing one is not. */
    record Body(@NotBlank String from, @NotNull String subject, @NotNull String body) {
    }
}
