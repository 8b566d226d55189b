package com.casedesk.dunning;

import static com.casedesk.dunning.DunningProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.DecisionRecord;
import com.casedesk.customers.Customer;
import com.casedesk.customers.Invoice;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.mail.CustomerMailService;
import com.casedesk.mail.CustomerMailService.Mail;
import com.casedesk.rules.Reason;

/**
 * The reminder steps of a dunning: plan the first reminder, send the reminders, each time setting the date of
 * the next step from the reminder-fee decision. Each method returns the process variables it changes.
 */
@Service
@Transactional
class DunningSteps {


    private final InvoiceRepository invoices;
    private final ReminderFeeDecision decision;
    private final CustomerMailService mail;
    private final CaseManagement cases;
    private final Clock clock;

    DunningSteps(InvoiceRepository invoices, ReminderFeeDecision decision, CustomerMailService mail,
            CaseManagement cases, Clock clock) {
        this.invoices = invoices;
        this.decision = decision;
        this.mail = mail;
        this.cases = cases;
        this.clock = clock;
    }

    Map<String, Object> plan(String caseNumber, String invoiceNumber) {
        Invoice invoice = invoice(invoiceNumber);
        Customer customer = invoice.getCustomer();
        ReminderFee first = decide(caseNumber, invoice, 1);
        Map<String, Object> variables = new HashMap<>();
        variables.put(CUSTOMER_NUMBER, customer.getNumber());
        variables.put(CUSTOMER_NAME, customer.getName());
        variables.put(INVOICE_EMAIL, customer.getInvoiceEmail());
        variables.put(CONTRACT_NUMBER, invoice.getContract() == null ? null : invoice.getContract().getNumber());
        variables.put(AMOUNT, invoice.getAmount().toPlainString());
        variables.put(CURRENCY, invoice.getCurrency());
        variables.put(DUE_DATE, invoice.getDueDate().toString());
        variables.put(DECISION_REASONS, text(first));
        variables.put(NEXT_STEP, Step.FIRST_REMINDER.name());
        variables.put(FIRST_REMINDER_AT, startOfDay(invoice.getDueDate().plusDays(first.daysAfterPreviousStep()), customer));
        return variables;
    }

    Map<String, Object> sendFirstReminder(String caseNumber, String invoiceNumber) {
        Invoice invoice = invoice(invoiceNumber);
        ReminderFee first = decision.decide(invoice.getCustomer().getCountry(), 1, feeAgreed(invoice));
        send(caseNumber, invoice, "dunning-first-reminder");
        return Map.of(NEXT_STEP, Step.SECOND_REMINDER.name(),
                SECOND_REMINDER_AT, startOfDay(today(invoice.getCustomer()).plusDays(first.daysToNextStep()), invoice.getCustomer()));
    }

    Map<String, Object> sendSecondReminder(String caseNumber, String invoiceNumber) {
        Invoice invoice = invoice(invoiceNumber);
        ReminderFee second = decide(caseNumber, invoice, 2);
        invoice.chargeReminderFee(second.fee());
        invoices.updateState(invoice);
        send(caseNumber, invoice, "dunning-second-reminder");
        return Map.of(NEXT_STEP, Step.COLLECTION.name(),
                REMINDER_FEE, second.fee().toPlainString(),
                DECISION_REASONS, text(second),
                COLLECTION_AT, startOfDay(today(invoice.getCustomer()).plusDays(second.daysToNextStep()), invoice.getCustomer()));
    }

    private ReminderFee decide(String caseNumber, Invoice invoice, int reminderNumber) {
        ReminderFee fee = decision.decide(invoice.getCustomer().getCountry(), reminderNumber, feeAgreed(invoice));
        cases.recordDecision(caseNumber,
                "Reminder " + reminderNumber + ": fee " + fee.fee().toPlainString() + " " + fee.currency() + ", "
                        + fee.daysAfterPreviousStep() + " days after the previous step, next step "
                        + fee.daysToNextStep() + " days later",
                new DecisionRecord("reminder-fee", Map.of("country", invoice.getCustomer().getCountry(),
                        "reminderNumber", reminderNumber, "reminderFeeAgreed", feeAgreed(invoice)),
                        Map.of("fee", fee.fee(), "currency", fee.currency(), "daysAfterPreviousStep",
                                fee.daysAfterPreviousStep(), "daysToNextStep", fee.daysToNextStep()),
                        fee.reasons(), fee.firedRules(), fee.rulesVersion()));
        return fee;
    }

    /** A reminder states the open amount: what the invoice and its fee come to, less what was paid already. */
    private void send(String caseNumber, Invoice invoice, String template) {
        Customer customer = invoice.getCustomer();
        mail.send(new Mail(caseNumber, customer.getInvoiceEmail(), customer.getCountry().language(), template, Map.of(
                "customerName", customer.getName(),
                "invoiceNumber", invoice.getNumber(),
                "amount", invoice.getAmount().toPlainString(),
                "currency", invoice.getCurrency(),
                "dueDate", invoice.getDueDate().toString(),
                "fee", invoice.getReminderFee().toPlainString(),
                "paid", invoice.getPaidAmount().toPlainString(),
                "total", invoice.openAmount().toPlainString())));
    }

    private static boolean feeAgreed(Invoice invoice) {
        return invoice.getContract() != null && invoice.getContract().isReminderFeeAgreed();
    }

    private static String text(ReminderFee fee) {
        return fee.reasons().stream().map(Reason::text).collect(Collectors.joining(" "));
    }

    private LocalDate today(Customer customer) {
        return LocalDate.now(clock.withZone(customer.getCountry().zone()));
    }

    private static Date startOfDay(LocalDate date, Customer customer) {
        ZoneId zone = customer.getCountry().zone();
        return Date.from(date.atStartOfDay(zone).toInstant());
    }

    Invoice invoice(String invoiceNumber) {
        return invoices.findByNumber(invoiceNumber)
                .orElseThrow(() -> new IllegalStateException("invoice " + invoiceNumber + " does not exist"));
    }
}
