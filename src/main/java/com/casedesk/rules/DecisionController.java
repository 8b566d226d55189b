package com.casedesk.rules;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.casedesk.billing.GuardCallBillability;
import com.casedesk.billing.GuardCallBillabilityDecision;
import com.casedesk.customers.ContractType;
import com.casedesk.dunning.ReminderFee;
import com.casedesk.dunning.ReminderFeeDecision;
import com.casedesk.intake.EmailClassification;
import com.casedesk.intake.EmailClassificationDecision;
import com.casedesk.rules.DecisionRequests.EmailClassificationBody;
import com.casedesk.rules.DecisionRequests.GuardCallBillabilityBody;
import com.casedesk.rules.DecisionRequests.ReminderFeeBody;
import com.casedesk.rules.DecisionRequests.TerminationEligibilityBody;
import com.casedesk.system.BadRequestException;
import com.casedesk.termination.TerminationEligibility;
import com.casedesk.termination.TerminationEligibilityDecision;

/** The analysts' decisions over HTTP: validate the body, call the decision service, return its result. */
@RestController
@RequestMapping("/api/decisions")
class DecisionController {

    private final TerminationEligibilityDecision termination;
    private final GuardCallBillabilityDecision billability;
    private final ReminderFeeDecision reminderFee;
    private final EmailClassificationDecision classification;

    DecisionController(TerminationEligibilityDecision termination, GuardCallBillabilityDecision billability,
            ReminderFeeDecision reminderFee, EmailClassificationDecision classification) {
        this.termination = termination;
        this.billability = billability;
        this.reminderFee = reminderFee;
        this.classification = classification;
    }

    @PostMapping("/termination-eligibility")
    TerminationEligibility terminationEligibility(@Valid @RequestBody TerminationEligibilityBody body) {
        if (body.contract().type() == ContractType.RENTAL && body.contract().bindingMonths() == 0) {
            throw new BadRequestException("contract.bindingMonths", "a rental always has a binding period: 12, 24, 36 or 60");
        }
        return termination.decide(body.toFacts());
    }

    @PostMapping("/guard-call-billability")
    GuardCallBillability guardCallBillability(@Valid @RequestBody GuardCallBillabilityBody body) {
        return billability.decide(body.toFacts());
    }

    @PostMapping("/reminder-fee")
    ReminderFee reminderFee(@Valid @RequestBody ReminderFeeBody body) {
        return reminderFee.decide(body.country(), body.reminderNumber(), body.reminderFeeAgreed());
    }

    @PostMapping("/email-classification")
    EmailClassification emailClassification(@Valid @RequestBody EmailClassificationBody body) {
        return classification.classify(body.from(), body.subject(), body.body());
    }
}
