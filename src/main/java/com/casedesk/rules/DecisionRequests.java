package com.casedesk.rules;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.casedesk.billing.AlarmFacts;
import com.casedesk.customers.ContractType;
import com.casedesk.customers.Country;
import com.casedesk.system.OneOf;
import com.casedesk.termination.RequestChannel;
import com.casedesk.termination.TerminationRequest;

/** The JSON bodies of {@link DecisionController}; boxed types so a missing field is reported, not defaulted. */
final class DecisionRequests {

    private DecisionRequests() {
    }

    record TerminationEligibilityBody(@NotNull @Valid Contract contract, @NotNull @Valid Request request,
            @Valid Site site) {

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

    record GuardCallBillabilityBody(@NotNull Boolean directCustomer, @NotNull Boolean guardCallOutIncluded,
            @NotNull Boolean testModeActive, @NotNull Boolean falseAlarmReportedByPhone,
            @NotNull Boolean guardDispatched, @NotNull Boolean contactsCalled) {

        AlarmFacts toFacts() {
            return new AlarmFacts(directCustomer, guardCallOutIncluded, testModeActive, falseAlarmReportedByPhone,
                    guardDispatched, contactsCalled);
        }
    }

    record ReminderFeeBody(@NotNull Country country, @NotNull @OneOf({1, 2}) Integer reminderNumber,
            @NotNull Boolean reminderFeeAgreed) {
    }

    /** An empty subject or body is allowed (mails without either exist); a missing one is not. */
    record EmailClassificationBody(@NotBlank String from, @NotNull String subject, @NotNull String body) {
    }
}
