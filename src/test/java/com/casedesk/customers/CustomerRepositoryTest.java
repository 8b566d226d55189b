package com.casedesk.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Customers in plain SQL against real H2 with CaseDesk's migrations: a customer is read back whole, with its
 * objects pointing at each other, and what changes is written back only over the state it was read in.
 */
@JdbcTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ CustomerAggregates.class, CustomerRepository.class, SiteRepository.class, ContractRepository.class,
        InvoiceRepository.class, ContactRepository.class })
class CustomerRepositoryTest {

    @Autowired
    CustomerRepository customers;
    @Autowired
    SiteRepository sites;
    @Autowired
    ContractRepository contracts;
    @Autowired
    InvoiceRepository invoices;
    @Autowired
    ContactRepository contacts;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldReadACustomerBackWithEveryFieldAndItsObjectsPointingAtEachOther() {
        String number = insertCustomer("Ida@Example.com");

        Invoice invoice = invoices.findByNumber(number + "-I").orElseThrow();

        Customer customer = invoice.getCustomer();
        assertThat(customer.getNumber()).isEqualTo(number);
        assertThat(customer.getName()).isEqualTo("Read Back AB");
        assertThat(customer.getOrgNumber()).isEqualTo("556000-0002");
        assertThat(customer.getCountry()).isEqualTo(Country.DK);
        assertThat(customer.getInvoiceEmail()).isEqualTo("faktura@read.example");
        assertThat(customer.getEanNumber()).isEqualTo("5790000000001");
        assertThat(customer.getContacts()).singleElement().satisfies(contact -> {
            assertThat(contact.getName()).isEqualTo("Ida");
            assertThat(contact.getEmail()).isEqualTo("Ida@Example.com");
            assertThat(contact.getPhone()).isEqualTo("+45 1234");
            assertThat(contact.isAuthorized()).isTrue();
            assertThat(contact.isEmailBouncing()).isFalse();
            assertThat(contact.getCustomer()).isSameAs(customer);
        });
        Site site = customer.getSites().get(0);
        assertThat(site.getSiteId()).isEqualTo(number + "-S");
        assertThat(site.getAddress()).isEqualTo("Vestergade 1, Aarhus");
        assertThat(List.of(site.isRemoteSupportCapable(), site.isHasKeyBox(), site.isSignsInstalled(),
                site.isMonitoredByUs())).containsExactly(true, false, true, false);
        Contract contract = customer.getContracts().get(0);
        assertThat(contract.getSite()).isSameAs(site);
        assertThat(contract.getType()).isEqualTo(ContractType.SUBSCRIPTION);
        assertThat(contract.getStartDate()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(List.of(contract.getNoticeMonths(), contract.getBindingMonths())).containsExactly(3, 12);
        assertThat(contract.isGuardCallOutIncluded()).isFalse();
        assertThat(contract.isReminderFeeAgreed()).isTrue();
        assertThat(contract.getStatus()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(contract.getEndDate()).isNull();
        assertThat(invoice.getContract()).isSameAs(contract);
        assertThat(customer.getInvoices()).containsExactly(invoice);
        assertThat(invoice.getAmount()).isEqualByComparingTo("100.50");
        assertThat(invoice.getCurrency()).isEqualTo("DKK");
        assertThat(invoice.getIssueDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(invoice.getDueDate()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(invoice.getPaidAmount()).isEqualByComparingTo("0");
        assertThat(invoice.getReminderFee()).isEqualByComparingTo("0");
        assertThat(sites.findBySiteId(number + "-S").orElseThrow().getCustomer().getNumber()).isEqualTo(number);
        assertThat(contracts.findByNumber(number + "-C").orElseThrow().getSite().getSiteId()).isEqualTo(number + "-S");
    }

    @Test
    void shouldWriteBackWhatATerminationAPaymentAndABillingChangeAltered() {
        String number = insertCustomer(number() + "@example.com");
        Contract contract = contracts.findByNumber(number + "-C").orElseThrow();
        contract.confirmTermination(LocalDate.of(2026, 6, 30));
        contracts.updateStatus(contract);
        Invoice invoice = invoices.findByNumber(number + "-I").orElseThrow();
        invoice.chargeReminderFee(new BigDecimal("60.00"));
        invoice.recordPayment(new BigDecimal("100.50"));
        invoices.updateState(invoice);
        Customer customer = customers.findByNumber(number).orElseThrow();
        customer.setInvoiceEmail("ap@read.example");
        customer.setEanNumber(null);
        customers.updateBillingDetails(customer);

        Customer read = customers.findByNumber(number).orElseThrow();
        assertThat(read.getContracts().get(0).getStatus()).isEqualTo(ContractStatus.TERMINATION_CONFIRMED);
        assertThat(read.getContracts().get(0).getEndDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(read.getInvoices().get(0).getStatus()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(read.getInvoices().get(0).getPaidAmount()).isEqualByComparingTo("100.50");
        assertThat(read.getInvoices().get(0).getReminderFee()).isEqualByComparingTo("60.00");
        assertThat(read.getInvoiceEmail()).isEqualTo("ap@read.example");
        assertThat(read.getEanNumber()).isNull();
    }

    @Test
    void shouldRefuseToWriteAnInvoiceThatAnotherTransactionChangedSinceItWasRead() {
        String number = insertCustomer(number() + "@example.com");
        Invoice first = invoices.findByNumber(number + "-I").orElseThrow();
        Invoice second = invoices.findByNumber(number + "-I").orElseThrow();
        first.setStatus(InvoiceStatus.DISPUTED);
        invoices.updateState(first);
        first.setStatus(InvoiceStatus.CREDITED);
        invoices.updateState(first);

        second.recordPayment(new BigDecimal("10.00"));
        assertThatThrownBy(() -> invoices.updateState(second)).isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("cd_invoice");
        Invoice read = invoices.findByNumber(number + "-I").orElseThrow();
        assertThat(read.getStatus()).isEqualTo(InvoiceStatus.CREDITED);
        assertThat(read.getPaidAmount()).isEqualByComparingTo("0");
    }

    @Test
    void shouldMakeASecondPaymentWaitForTheFirstOnTheSameInvoiceAndSeeWhatItBooked() throws Exception {
        String number = insertCustomer(number() + "@example.com");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            Invoice invoice = invoices.lockByNumber(number + "-I").orElseThrow();
            firstHoldsTheLock.countDown();
            sleep(400);
            invoice.recordPayment(new BigDecimal("40.00"));
            invoices.updateState(invoice);
        }));
        assertThat(firstHoldsTheLock.await(10, TimeUnit.SECONDS)).isTrue();

        BigDecimal seenBySecond = tx.execute(status -> {
            Invoice invoice = invoices.lockByNumber(number + "-I").orElseThrow();
            BigDecimal paidBefore = invoice.getPaidAmount();
            invoice.recordPayment(new BigDecimal("60.50"));
            invoices.updateState(invoice);
            return paidBefore;
        });
        first.get(10, TimeUnit.SECONDS);

        assertThat(seenBySecond).isEqualByComparingTo("40.00");
        Invoice read = invoices.findByNumber(number + "-I").orElseThrow();
        assertThat(read.getPaidAmount()).isEqualByComparingTo("100.50");
        assertThat(read.getStatus()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void shouldFindAndFlagEveryContactWithAnAddressInAnyCaseAcrossCustomers() {
        String address = number() + "@Shared.example";
        String one = insertCustomer(address);
        String other = insertCustomer(address.toUpperCase());
        String unrelated = insertCustomer(number() + "@shared.example");

        List<Contact> found = contacts.findByEmailIgnoreCase(address.toLowerCase());
        assertThat(found).extracting(contact -> contact.getCustomer().getNumber()).containsExactly(one, other);

        assertThat(contacts.markEmailBouncing(address.toLowerCase())).isEqualTo(2);
        assertThat(contacts.findByEmailIgnoreCase(address)).allMatch(Contact::isEmailBouncing).hasSize(2);
        assertThat(customers.findByNumber(unrelated).orElseThrow().getContacts().get(0).isEmailBouncing()).isFalse();
    }

    @Test
    void shouldListOnlyInvoicesInTheGivenStatusesThatFellDueBeforeTheDate() {
        String open = insertCustomer(number() + "@example.com");
        String paid = insertCustomer(number() + "@example.com");
        Invoice paying = invoices.findByNumber(paid + "-I").orElseThrow();
        paying.recordPayment(new BigDecimal("100.50"));
        invoices.updateState(paying);

        List<String> due = invoices.findByStatusInAndDueDateBefore(List.of(InvoiceStatus.OPEN,
                InvoiceStatus.PARTIALLY_PAID), LocalDate.of(2026, 2, 1)).stream().map(Invoice::getNumber).toList();
        List<String> notYetDue = invoices.findByStatusInAndDueDateBefore(List.of(InvoiceStatus.OPEN),
                LocalDate.of(2026, 1, 31)).stream().map(Invoice::getNumber).toList();

        assertThat(due).contains(open + "-I").doesNotContain(paid + "-I");
        assertThat(notYetDue).doesNotContain(open + "-I");
    }

    @Test
    void shouldListCustomersPageByPageInTheOrderOfTheirNumbers() {
        insertCustomer(number() + "@example.com");
        insertCustomer(number() + "@example.com");
        insertCustomer(number() + "@example.com");
        long count = customers.count();

        List<String> all = new ArrayList<>();
        for (int page = 0; page * 2 < count; page++) {
            customers.findPage(page, 2).forEach(customer -> all.add(customer.getNumber()));
        }

        assertThat(all).hasSize((int) count).isSorted().doesNotHaveDuplicates();
        assertThat(customers.findPage((int) count, 2)).isEmpty();
    }

    @Test
    void shouldHandEveryContractToAScanExactlyOnceWhenItReadsTheCustomersInBatches() {
        List<String> inserted = List.of(insertCustomer(number() + "@example.com"),
                insertCustomer(number() + "@example.com"), insertCustomer(number() + "@example.com"));

        List<String> scanned = new ArrayList<>();
        contracts.forEach(2, contract -> scanned.add(contract.getNumber()));

        assertThat(scanned).doesNotHaveDuplicates().hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM cd_contract",
                Integer.class)).containsAll(inserted.stream().map(number -> number + "-C").toList());
    }

    private String insertCustomer(String contactEmail) {
        String number = number();
        Customer customer = new Customer(number, "Read Back AB", "556000-0002", Country.DK, "faktura@read.example",
                "5790000000001");
        customer.getContacts().add(new Contact(customer, "Ida", contactEmail, "+45 1234", true));
        Site site = new Site(customer, number + "-S", "Vestergade 1, Aarhus", true, false, true, false);
        customer.getSites().add(site);
        Contract contract = new Contract(customer, site, number + "-C", ContractType.SUBSCRIPTION,
                LocalDate.of(2025, 1, 31), 3, 12, false, true);
        customer.getContracts().add(contract);
        customer.getInvoices().add(new Invoice(customer, contract, number + "-I", new BigDecimal("100.50"), "DKK",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), InvoiceStatus.OPEN));
        customers.insert(customer);
        return number;
    }

    private static String number() {
        return "R-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
