package com.casedesk.dunning;

import static com.casedesk.dunning.MoneyFixtures.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseStatus;
import com.casedesk.cases.CaseStarter.StartedCase;
import com.casedesk.customers.CustomerImporter;
import com.casedesk.customers.InvoiceRepository;
import com.casedesk.customers.InvoiceStatus;
import com.casedesk.dunning.MoneyFixtures.TestCustomer;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.mail.OutboxMailRepository;
import com.casedesk.mail.OutboxSender;
import com.casedesk.support.CaseDeskTest;
import com.casedesk.support.MailTestSupport;
import com.casedesk.support.ProcessTestSupport;

@CaseDeskTest
class InvoiceDunningProcessTest {

    private static final LocalDate DUE = LocalDate.of(2031, 3, 3);
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(10);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired CustomerImporter importer;
    @Autowired OverdueInvoices overdueInvoices;
    @Autowired InvoicePayments payments;
    @Autowired InvoiceDisputes disputes;
    @Autowired InvoiceRepository invoices;
    @Autowired CaseManagement cases;
    @Autowired OutboxSender outbox;
    @Autowired OutboxMailRepository outboxMails;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired JdbcTemplate jdbc;
    @Autowired DunningProperties properties;
    @Autowired TestRestTemplate rest;

    private TestCustomer customer;
    private StartedCase started;

    @BeforeEach
    void initAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ProcessTestSupport.resetClock();
    }

    @Test
    void shouldSendBothRemindersAndHandOverToCollectionWhenASwedishCustomerWithAFeeAgreedNeverPays() throws Exception {
        // Given an overdue Swedish invoice whose contract has a reminder fee
        ProcessInstance dunning = startDunning("SE", true);
        assertThat(dunning).isWaitingAt("timer_firstReminderDue");

        // When the first reminder is due (7 days after the due date, not a day earlier)
        at(DUE.plusDays(6));
        assertThat(dunning).isWaitingAt("timer_firstReminderDue");
        at(DUE.plusDays(7));

        // Then the first reminder goes out without a fee
        assertThat(dunning).hasPassed("serviceTask_sendFirstReminder").isWaitingAt("timer_secondReminderDue");
        MimeMessage first = mails(1).get(0);
        assertThat(first.getSubject()).contains("Betalningspåminnelse", customer.invoiceNumber(), "[" + started.caseNumber() + "]");
        assertThat(body(first)).contains("ingen påminnelseavgift");

        // When the second reminder is due 14 days later
        at(DUE.plusDays(20));
        assertThat(dunning).isWaitingAt("timer_secondReminderDue");
        at(DUE.plusDays(21));

        // Then it charges the agreed 60 SEK
        assertThat(dunning).isWaitingAt("timer_collectionDue");
        MimeMessage second = mails(2).get(1);
        assertThat(second.getSubject()).contains("Andra påminnelse");
        assertThat(body(second)).contains("Påminnelseavgift: 60 SEK", "Att betala: 1310.00 SEK");

        // When collection is due 14 days after that and billing confirms the hand-over
        at(DUE.plusDays(35));
        assertThat(dunning).isWaitingAt("userTask_confirmCollection");
        assertThat(task(dunning)).hasCandidateGroup("billing");
        complete(task(dunning), withVariables(DunningProcess.COLLECTION_NOTE, "Two reminders unanswered"));

        // Then the agency gets the hand-over, the invoice is in collection and the case is closed
        assertThat(dunning).hasPassed("serviceTask_handOverToCollection", "endEvent_invoiceInCollection").isEnded();
        // the agency's mailbox holds other tests' hand-overs too: wait for this invoice's
        List<MimeMessage> agency = MailTestSupport.awaitMailsAbout(outbox, mailServer,
                properties.collectionAgencyEmail(), customer.invoiceNumber(), 1, MAIL_TIMEOUT);
        assertThat(agency).anySatisfy(mail -> assertThat(subject(mail)).contains("Inkassouppdrag", customer.invoiceNumber()));
        assertThat(status()).isEqualTo(InvoiceStatus.IN_COLLECTION);
        assertThat(jdbc.queryForObject("SELECT reminder_fee FROM cd_collection_handover WHERE invoice_number = ?",
                BigDecimal.class, customer.invoiceNumber())).isEqualByComparingTo("60");
        assertThat(cases.get(started.caseNumber()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void shouldSendTheSecondReminderWithoutAFeeWhenNoFeeWasAgreedInSweden() throws Exception {
        // Given an overdue Swedish invoice whose contract has no reminder fee
        ProcessInstance dunning = startDunning("SE", false);

        // When both reminders are due
        at(DUE.plusDays(7));
        at(DUE.plusDays(21));

        // Then the second reminder has no fee, and the decision's reason is on the case
        assertThat(dunning).isWaitingAt("timer_collectionDue");
        assertThat(body(mails(2).get(1))).contains("Påminnelseavgift: 0 SEK");
        assertThat(runtime.getVariable(dunning.getId(), DunningProcess.REMINDER_FEE)).isEqualTo("0");
        assertThat(cases.timeline(started.caseNumber()))
                .anySatisfy(event -> assertThat(event.getDetail()).contains("NO_REMINDER_FEE_AGREED"));
    }

    @Test
    void shouldRemindADanishCustomerAfterTenDaysAndChargeOneHundredKroner() throws Exception {
        // Given an overdue Danish invoice (no fee agreed: Denmark charges its fee anyway)
        ProcessInstance dunning = startDunning("DK", false);

        // When ten days pass after the due date, then ten more
        at(DUE.plusDays(9));
        assertThat(dunning).isWaitingAt("timer_firstReminderDue");
        at(DUE.plusDays(10));
        assertThat(mails(1).get(0).getSubject()).contains("Betalingspåmindelse");
        at(DUE.plusDays(20));

        // Then the rykker costs 100 DKK and collection follows ten days later
        assertThat(body(mails(2).get(1))).contains("Rykkergebyr: 100 DKK");
        at(DUE.plusDays(29));
        assertThat(dunning).isWaitingAt("timer_collectionDue");
        at(DUE.plusDays(30));
        assertThat(dunning).isWaitingAt("userTask_confirmCollection");
    }

    @Test
    void shouldEndWhenThePaymentArrivesBeforeTheFirstReminder() {
        // Given a dunning waiting for its first reminder
        ProcessInstance dunning = startDunning("SE", true);

        // When the payment is reported through the API
        ResponseEntity<String> response = admin().postForEntity("/api/invoices/" + customer.invoiceNumber() + "/payment",
                Map.of("amount", 1250, "currency", "SEK", "paidDate", DUE.plusDays(1).toString(),
                        "paymentReference", "BG-" + customer.invoiceNumber()), String.class);

        // Then the dunning ends paid, without any mail to the customer
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"dunningEnded\":true", started.caseNumber());
        assertPaidAndEnded(dunning);
        at(DUE.plusDays(40));
        MailTestSupport.deliverAll(outbox, outboxMails, java.time.Duration.ofSeconds(10));
        assertThat(MailTestSupport.mailsTo(mailServer, customer.invoiceEmail())).isEmpty();
    }

    @Test
    void shouldEndWithoutFurtherMailWhenThePaymentCrossedTheFirstReminder() throws Exception {
        // Given the first reminder went out
        ProcessInstance dunning = startDunning("SE", true);
        at(DUE.plusDays(7));
        mails(1);

        // When a payment made the day before the reminder arrives afterwards
        var result = payments.pay(customer.invoiceNumber(), payment("1250.00", DUE.plusDays(6)));

        // Then the dunning simply ends: no second reminder, nothing else to do
        assertThat(result.dunningEnded()).isTrue();
        assertPaidAndEnded(dunning);
        at(DUE.plusDays(40));
        MailTestSupport.deliverAll(outbox, outboxMails, java.time.Duration.ofSeconds(10));
        assertThat(MailTestSupport.mailsTo(mailServer, customer.invoiceEmail())).hasSize(1);
    }

    @Test
    void shouldEndWhenThePaymentArrivesAfterTheSecondReminder() throws Exception {
        // Given both reminders went out
        ProcessInstance dunning = startDunning("SE", true);
        at(DUE.plusDays(7));
        at(DUE.plusDays(21));
        assertThat(dunning).isWaitingAt("timer_collectionDue");

        // When the customer pays
        payments.pay(customer.invoiceNumber(), payment("1310.00", DUE.plusDays(21)));

        // Then nothing goes to collection
        assertPaidAndEnded(dunning);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cd_collection_handover WHERE invoice_number = ?",
                Integer.class, customer.invoiceNumber())).isZero();
    }

    @Test
    void shouldEndWhenThePaymentArrivesWhileBillingConfirmsTheCollection() {
        // Given billing has the collection task
        ProcessInstance dunning = startDunning("DK", true);
        at(DUE.plusDays(10));
        at(DUE.plusDays(20));
        at(DUE.plusDays(30));
        assertThat(dunning).isWaitingAt("userTask_confirmCollection");

        // When the payment arrives
        payments.pay(customer.invoiceNumber(), payment("1350.00", DUE.plusDays(30)));

        // Then the task is gone and the invoice is paid
        assertPaidAndEnded(dunning);
    }

    @Test
    void shouldEndWhenThePaymentArrivesWhileBillingDecidesADispute() {
        // Given a dispute paused the dunning
        ProcessInstance dunning = startDunning("SE", false);
        disputes.dispute(customer.invoiceNumber(), "The alarm was never installed");
        assertThat(dunning).isWaitingAt("userTask_decideDispute");

        // When the customer pays after all
        payments.pay(customer.invoiceNumber(), payment("1250.00", DUE.plusDays(1)));

        // Then the dunning ends paid
        assertPaidAndEnded(dunning);
    }

    @Test
    void shouldCreditTheInvoiceWhenBillingAcceptsTheDispute() throws Exception {
        // Given a dunning waiting for its first reminder
        ProcessInstance dunning = startDunning("SE", true);

        // When the customer disputes through the API with the invoice number and the reason
        ResponseEntity<String> response = admin().postForEntity("/api/invoices/" + customer.invoiceNumber() + "/dispute",
                Map.of("invoiceNumber", customer.invoiceNumber(), "reason", "Billed twice for October"), String.class);

        // Then the dunning pauses for billing with the invoice disputed
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("DUNNING_PAUSED");
        assertThat(dunning).isWaitingAt("userTask_decideDispute");
        assertThat(task(dunning)).hasCandidateGroup("billing");
        assertThat(status()).isEqualTo(InvoiceStatus.DISPUTED);

        // When billing credits it
        complete(task(dunning), withVariables(DunningProcess.DISPUTE_DECISION, "credit",
                DunningProcess.DISPUTE_DECISION_NOTE, "The October invoice was sent twice."));

        // Then the invoice is credited, the customer told, and the dunning over
        assertThat(dunning).hasPassed("serviceTask_creditInvoice", "endEvent_invoiceCredited").isEnded();
        assertThat(status()).isEqualTo(InvoiceStatus.CREDITED);
        assertThat(mails(1).get(0).getSubject()).contains("krediteras");
        assertThat(cases.get(started.caseNumber()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void shouldResumeAtTheSecondReminderWhenBillingRejectsADisputeRaisedAfterTheFirstReminder() throws Exception {
        // Given the first reminder went out and the customer disputes the invoice
        ProcessInstance dunning = startDunning("SE", true);
        at(DUE.plusDays(7));
        disputes.dispute(customer.invoiceNumber(), "Price differs from the offer");
        assertThat(dunning).isWaitingAt("userTask_decideDispute");

        // When billing rejects the dispute
        complete(task(dunning), withVariables(DunningProcess.DISPUTE_DECISION, "reject",
                DunningProcess.DISPUTE_DECISION_NOTE, "The price is the one in your contract."));

        // Then the dunning waits for the second reminder again: the first is not sent twice
        assertThat(dunning).hasPassed("serviceTask_rejectDispute").isWaitingAt("timer_secondReminderDue");
        assertThat(status()).isEqualTo(InvoiceStatus.OPEN);
        List<MimeMessage> sent = mails(2);
        assertThat(subject(sent.get(1))).contains("bestridande");
        at(DUE.plusDays(21));
        assertThat(dunning).isWaitingAt("timer_collectionDue");
        assertThat(mails(3).get(2).getSubject()).contains("Andra påminnelse");
    }

    @Test
    void shouldResumeAtTheCollectionTaskWhenBillingRejectsADisputeRaisedThere() {
        // Given billing has the collection task when the customer disputes
        ProcessInstance dunning = startDunning("DK", false);
        at(DUE.plusDays(10));
        at(DUE.plusDays(20));
        at(DUE.plusDays(30));
        disputes.dispute(customer.invoiceNumber(), "Vi har aldrig modtaget fakturaen");

        // When billing rejects it
        complete(task(dunning), withVariables(DunningProcess.DISPUTE_DECISION, "reject",
                DunningProcess.DISPUTE_DECISION_NOTE, "Fakturaen blev sendt til jeres fakturamail."));
        ProcessTestSupport.executeDueJobs(engine, dunning.getId());

        // Then the collection task is back (its date has passed), no reminder is repeated
        assertThat(dunning).isWaitingAt("userTask_confirmCollection");
        MailTestSupport.deliverAll(outbox, outboxMails, java.time.Duration.ofSeconds(10));
        assertThat(MailTestSupport.mailsTo(mailServer, customer.invoiceEmail()).stream().map(this::subject)
                .filter(subject -> subject.contains("Rykker"))).hasSize(1);
    }

    @Test
    void shouldAddASecondDisputeToTheCaseWhileTheFirstIsDecided() {
        // Given a dispute is waiting for billing
        ProcessInstance dunning = startDunning("SE", true);
        disputes.dispute(customer.invoiceNumber(), "Wrong amount");

        // When the customer writes again
        var result = disputes.dispute(customer.invoiceNumber(), "Also the wrong address");

        // Then the reason lands on the case and the one task stays
        assertThat(result.outcome()).isEqualTo(InvoiceDisputes.Outcome.ALREADY_DISPUTED);
        assertThat(dunning).isWaitingAt("userTask_decideDispute");
        assertThat(cases.timeline(started.caseNumber()))
                .anySatisfy(event -> assertThat(event.getSummary()).contains("Also the wrong address"));
    }

    @Test
    void shouldDunForTheOpenAmountAfterAPartialPaymentAndEndOnlyWhenTheAmountAndTheFeeArePaid() throws Exception {
        // Given a Swedish dunning with a reminder fee agreed, waiting for the first reminder
        ProcessInstance dunning = startDunning("SE", true);

        // When 1000 of the 1250 SEK arrive through the API
        ResponseEntity<String> response = admin().postForEntity("/api/invoices/" + customer.invoiceNumber() + "/payment",
                Map.of("amount", 1000, "currency", "SEK", "paidDate", DUE.plusDays(1).toString(),
                        "paymentReference", "BG-PART-" + customer.invoiceNumber()), String.class);

        // Then the invoice is partly paid with 250 open, and the dunning goes on
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"status\":\"PARTIALLY_PAID\"", "\"openAmount\":250.00",
                "\"dunningEnded\":false");
        assertThat(status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(dunning).isWaitingAt("timer_firstReminderDue");
        assertThat(cases.timeline(started.caseNumber()))
                .anySatisfy(event -> assertThat(event.getSummary()).contains("Partial payment of 1000", "open amount 250.00"));

        // When the reminders are due, they ask for the open amount (the second adds its fee)
        at(DUE.plusDays(7));
        assertThat(body(mails(1).get(0))).contains("Betalt hittills: 1000.00 SEK", "Att betala: 250.00 SEK");
        at(DUE.plusDays(21));
        assertThat(body(mails(2).get(1))).contains("Påminnelseavgift: 60 SEK", "Att betala: 310.00 SEK");

        // When the customer pays the rest of the amount but not the fee, the dunning still waits
        var withoutFee = payments.pay(customer.invoiceNumber(), payment("250.00", DUE.plusDays(21)));
        assertThat(withoutFee.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(withoutFee.openAmount()).isEqualByComparingTo("60");
        assertThat(dunning).isWaitingAt("timer_collectionDue");

        // When the fee is paid too, the dunning ends paid
        var last = payments.pay(customer.invoiceNumber(), payment("60.00", DUE.plusDays(21)));
        assertThat(last.dunningEnded()).isTrue();
        assertThat(last.openAmount()).isEqualByComparingTo("0");
        assertPaidAndEnded(dunning);
    }

    @Test
    void shouldHandOverOnlyWhatIsStillOpenToCollectionAfterAPartialPayment() {
        // Given a Danish dunning where 1000 of 1250 DKK were paid before the second reminder
        ProcessInstance dunning = startDunning("DK", false);
        at(DUE.plusDays(10));
        payments.pay(customer.invoiceNumber(), payment("1000.00", DUE.plusDays(10)));
        at(DUE.plusDays(20));
        at(DUE.plusDays(30));

        // When billing confirms the hand-over
        complete(task(dunning), withVariables(DunningProcess.COLLECTION_NOTE, "Partly paid, rest unanswered"));

        // Then the agency gets the open 250 DKK and the 100 DKK fee, not the whole invoice
        assertThat(dunning).hasPassed("endEvent_invoiceInCollection").isEnded();
        Map<String, Object> handover = jdbc.queryForMap("SELECT amount, reminder_fee FROM cd_collection_handover"
                + " WHERE invoice_number = ?", customer.invoiceNumber());
        assertThat((BigDecimal) handover.get("AMOUNT")).isEqualByComparingTo("250");
        assertThat((BigDecimal) handover.get("REMINDER_FEE")).isEqualByComparingTo("100");
    }

    @Test
    void shouldStartADunningForAPartlyPaidInvoiceOnceItIsOverdue() {
        // Given an invoice partly paid before its due date
        customer = MoneyFixtures.importCustomer(importer, "SE", true, false, true, DUE);
        ProcessTestSupport.setClock(noon(DUE.minusDays(3)));
        payments.pay(customer.invoiceNumber(), payment("500.00", DUE.minusDays(3)));

        // When it is overdue
        ProcessTestSupport.setClock(noon(DUE.plusDays(1)));

        // Then the scan finds it and a dunning starts for it
        assertThat(overdueInvoices.numbers()).contains(customer.invoiceNumber());
        assertThat(overdueInvoices.startDunning(customer.invoiceNumber())).isPresent();
    }

    @Test
    void shouldAnswer400NamingTheCurrencyWhenAPaymentIsInAnotherCurrency() {
        customer = MoneyFixtures.importCustomer(importer, "SE", true, false, true, DUE);

        ResponseEntity<String> response = admin().postForEntity("/api/invoices/" + customer.invoiceNumber() + "/payment",
                Map.of("amount", 1250, "currency", "EUR", "paidDate", "2026-01-01", "paymentReference", "BG-EUR"),
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"field\":\"currency\"", "is in SEK", "EUR");
        assertThat(status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(paymentRows()).isZero();
    }

    @Test
    void shouldBookAPaymentReportedTwiceOnce() {
        // Given an invoice of 1250 SEK
        customer = MoneyFixtures.importCustomer(importer, "SE", true, false, true, DUE);
        ProcessTestSupport.setClock(noon(DUE.minusDays(3)));
        Map<String, Object> payment = Map.of("amount", 1000, "currency", "SEK", "paidDate", DUE.minusDays(3).toString(),
                "paymentReference", "BG-TWICE");

        // When the bank reports the same payment twice
        ResponseEntity<String> first = admin().postForEntity("/api/invoices/" + customer.invoiceNumber() + "/payment",
                payment, String.class);
        ResponseEntity<String> again = admin().postForEntity("/api/invoices/" + customer.invoiceNumber() + "/payment",
                payment, String.class);

        // Then it is booked once: 250 stay open
        assertThat(first.getBody()).contains("\"alreadyRecorded\":false");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).contains("\"alreadyRecorded\":true", "\"openAmount\":250.00");
        assertThat(paymentRows()).isEqualTo(1);
        assertThat(invoices.findByNumber(customer.invoiceNumber()).orElseThrow().getPaidAmount())
                .isEqualByComparingTo("1000");

        // And the same reference with another amount is refused, naming the reference
        ResponseEntity<String> other = admin().postForEntity("/api/invoices/" + customer.invoiceNumber() + "/payment",
                Map.of("amount", 250, "currency", "SEK", "paidDate", DUE.minusDays(3).toString(),
                        "paymentReference", "BG-TWICE"), String.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(other.getBody()).contains("\"field\":\"paymentReference\"", "BG-TWICE");
        assertThat(paymentRows()).isEqualTo(1);
    }

    @Test
    void shouldOnlyMarkTheInvoicePaidWhenNoDunningRuns() {
        // Given an invoice that is not overdue
        customer = MoneyFixtures.importCustomer(importer, "SE", true, false, true, DUE);
        ProcessTestSupport.setClock(noon(DUE.minusDays(3)));

        // When it is paid
        var result = payments.pay(customer.invoiceNumber(), payment("1250.00", DUE.minusDays(3)));

        // Then it is paid and no dunning was involved
        assertThat(result.dunningEnded()).isFalse();
        assertThat(result.caseNumber()).isNull();
        assertThat(status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void shouldAnswer404ForAPaymentOfAnUnknownInvoice() {
        ResponseEntity<String> response = admin().postForEntity("/api/invoices/NO-SUCH-INVOICE/payment",
                Map.of("amount", 10, "currency", "SEK", "paidDate", "2026-01-01", "paymentReference", "BG-1"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).contains("NO-SUCH-INVOICE");
    }

    @Test
    void shouldAnswer400NamingTheAmountWhenAPaymentIsNegative() {
        customer = MoneyFixtures.importCustomer(importer, "SE", true, false, true, DUE);

        ResponseEntity<String> response = admin().postForEntity("/api/invoices/" + customer.invoiceNumber() + "/payment",
                Map.of("amount", -5, "currency", "SEK", "paidDate", "2026-01-01", "paymentReference", "BG-2"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"field\":\"amount\"", "must be positive");
        assertThat(status()).isEqualTo(InvoiceStatus.OPEN);
    }

    @Test
    void shouldAnswer400NamingTheReasonWhenADisputeHasNone() {
        customer = MoneyFixtures.importCustomer(importer, "SE", true, false, true, DUE);

        ResponseEntity<String> response = admin().postForEntity("/api/invoices/" + customer.invoiceNumber() + "/dispute",
                Map.of("invoiceNumber", customer.invoiceNumber()), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"field\":\"reason\"");
    }

    @Test
    void shouldAnswer404ForADisputeOfAnUnknownInvoice() {
        ResponseEntity<String> response = admin().postForEntity("/api/invoices/NO-SUCH-INVOICE/dispute",
                Map.of("reason", "never ordered"), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** A payment in the test customer's currency with a reference of its own. */
    private InvoicePayments.Payment payment(String amount, LocalDate paidDate) {
        return new InvoicePayments.Payment(new BigDecimal(amount), currency(), paidDate,
                "BG-" + java.util.UUID.randomUUID());
    }

    private String currency() {
        return invoices.findByNumber(customer.invoiceNumber()).orElseThrow().getCurrency();
    }

    private ProcessInstance startDunning(String country, boolean reminderFeeAgreed) {
        customer = MoneyFixtures.importCustomer(importer, country, reminderFeeAgreed, false, true, DUE);
        ProcessTestSupport.setClock(noon(DUE.plusDays(1)));
        started = overdueInvoices.startDunning(customer.invoiceNumber()).orElseThrow();
        return runtime.createProcessInstanceQuery().processInstanceId(started.processInstanceId()).singleResult();
    }

    /** Moves the clock to noon of the day and runs what is due in this dunning. */
    private void at(LocalDate day) {
        ProcessTestSupport.setClock(noon(day));
        ProcessTestSupport.executeDueJobs(engine, started.processInstanceId());
    }

    private void assertPaidAndEnded(ProcessInstance dunning) {
        assertThat(dunning).hasPassed("serviceTask_closePaidDunning", "endEvent_invoicePaid").isEnded();
        assertThat(status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(cases.get(started.caseNumber()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    private int paymentRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cd_invoice_payment WHERE invoice_number = ?", Integer.class,
                customer.invoiceNumber());
    }

    private InvoiceStatus status() {
        return invoices.findByNumber(customer.invoiceNumber()).orElseThrow().getStatus();
    }

    private List<MimeMessage> mails(int count) {
        List<MimeMessage> mails = MailTestSupport.inWrittenOrder(
                MailTestSupport.awaitMails(outbox, mailServer, customer.invoiceEmail(), count, MAIL_TIMEOUT), outboxMails);
        assertThat(mails).hasSize(count);
        return mails;
    }

    private String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String body(MimeMessage mail) throws IOException, MessagingException {
        return mail.getContent().toString();
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth(CaseDeskTest.ADMIN, CaseDeskTest.ADMIN_PASSWORD);
    }
}
