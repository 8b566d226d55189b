package com.casedesk.dunning;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.casedesk.dunning.InvoiceDisputes.DisputeResult;
import com.casedesk.dunning.InvoicePayments.Payment;
import com.casedesk.dunning.InvoicePayments.PaymentResult;
import com.casedesk.system.BadRequestException;

@RestController
@RequestMapping("/api/invoices")
class InvoiceController {

    /** {@code invoiceNumber} may be repeated in the body (as in the customer's mail); it must then match the path. */
    record DisputeRequest(String invoiceNumber, String reason) {
    }

    private final InvoicePayments payments;
    private final InvoiceDisputes disputes;

    InvoiceController(InvoicePayments payments, InvoiceDisputes disputes) {
        this.payments = payments;
        this.disputes = disputes;
    }

    @PostMapping("/{number}/payment")
    PaymentResult pay(@PathVariable String number, @RequestBody Payment payment) {
        return payments.pay(number, payment);
    }

    @PostMapping("/{number}/dispute")
    DisputeResult dispute(@PathVariable String number, @RequestBody DisputeRequest dispute) {
        if (dispute.invoiceNumber() != null && !dispute.invoiceNumber().equals(number)) {
            throw new BadRequestException("invoiceNumber",
                    "'" + dispute.invoiceNumber() + "' does not match the invoice in the path, " + number);
        }
        DisputeResult result = disputes.dispute(number, dispute.reason());
        if (result.outcome() == InvoiceDisputes.Outcome.NO_RUNNING_DUNNING) {
            throw new BadRequestException("number", "invoice " + number
                    + " has no running dunning to pause; register the dispute as a customer inquiry");
        }
        return result;
    }
}
