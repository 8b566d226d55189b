package com.casedesk.billing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/decisions/guard-call-billability}: the analysts' what-if over the billability rules. */
@RestController
class GuardCallBillabilityController {

    private final GuardCallBillabilityDecision decision;

    GuardCallBillabilityController(GuardCallBillabilityDecision decision) {
        this.decision = decision;
    }

    @PostMapping("/api/decisions/guard-call-billability")
    GuardCallBillability decide(@Valid @RequestBody Body body) {
        return decision.decide(body.toFacts());
    }

    /** Boxed types so a missing field is reported, not defaulted. */
    record Body(@NotNull Boolean directCustomer, @NotNull Boolean guardCallOutIncluded,
            @NotNull Boolean testModeActive, @NotNull Boolean falseAlarmReportedByPhone,
            @NotNull Boolean guardDispatched, @NotNull Boolean contactsCalled) {

        AlarmFacts toFacts() {
            return new AlarmFacts(directCustomer, guardCallOutIncluded, testModeActive, falseAlarmReportedByPhone,
                    guardDispatched, contactsCalled);
        }
    }
}
