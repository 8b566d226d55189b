package com.casedesk.dunning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.casedesk.customers.Country;
import com.casedesk.system.OneOf;

/** {@code POST /api/decisions/reminder-fee}: the analysts' what-if over the reminder-fee table. */
@RestController
class ReminderFeeController {

    private final ReminderFeeDecision decision;

    ReminderFeeController(ReminderFeeDecision decision) {
        this.decision = decision;
    }

    @PostMapping("/api/decisions/reminder-fee")
    ReminderFee decide(@Valid @RequestBody Body body) {
        return decision.decide(body.country(), body.reminderNumber(), body.reminderFeeAgreed());
    }

    /** Boxed types so a missing field is reported, not defaulted. */
    record Body(@NotNull Country country, @NotNull @OneOf({1, 2}) Integer reminderNumber,
            @NotNull Boolean reminderFeeAgreed) {
    }
}
