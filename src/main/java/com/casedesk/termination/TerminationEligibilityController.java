package com.casedesk.termination;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.casedesk.cases.RequestChannel;
import com.casedesk.customers.ContractType;
import com.casedesk.system.BadRequestException;
import com.casedesk.system.OneOf;

/** {@code POST /api/decisions/termination-eligibility}: the analysts' what-if over the termination rules. */
@RestController
class TerminationEligibilityController {

    private final TerminationEligibilityDecision decision;

    TerminationEligibilityController(TerminationEligibilityDecision decision) {
        this.decision = decision;
    }

    @PostMapping("/api/decisions/termination-eligibility")
    TerminationEligibility decide(@Valid @RequestBody Body body) {
        if (body.contract().type() == ContractType.RENTAL && body.contract().bindingMonths() == 0) {
            throw new BadRequestException("contract.bindingMonths", "a rental always has a binding period: 12, 24, 36 or 60");
        }
        return decision.decide(body.toFacts());
    }

    /** Boxed types so a missing field is reported, not defaulted. */
    record Body(@NotNull @Valid Contract contract, @NotNull @Valid Request request, @Valid Site site) {

        TerminationRequest toFacts() {
            Site flags = site == null ? new Site(false, false) : site;
            return new TerminationRequest(contract.type(), contract.startDate(), contract.noticeMonths(),
                    contract.bindingMonths(), request.receivedDate(), request.channel(), request.requesterAuthorized(),
                    Boolean.TRUE.equals(flags.hasKeyBox()), Boolean.TRUE.equals(flags.signsInstalled()));
        }
    }

    record Contract(@NotNull ContractType type, @NotNull LocalDate startDate,
            @NotNull @OneOf({3, 6, 12}) Integer noticeMonths, @NotNull @OneOf({0, 12, 24, 36, 60}) Integer bindingMonths) {
    }

    record Request(@NotNull LocalDate receivedDate, @NotNull RequestChannel channel,
            @NotNull Boolean requesterAuthorized) {
    }

    /** Optional; a missing flag is false. */
    record Site(Boolean hasKeyBox, Boolean signsInstalled) {
    }
}
