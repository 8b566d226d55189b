package com.casedesk.inquiry;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import com.casedesk.cases.CaseEvent;
import com.casedesk.cases.CaseManagement;
import com.casedesk.customers.CustomerImport;
import com.casedesk.customers.CustomerImport.ContactRecord;
import com.casedesk.customers.CustomerImport.ContractRecord;
import com.casedesk.customers.CustomerImport.CustomerRecord;
import com.casedesk.customers.CustomerImport.InvoiceRecord;
import com.casedesk.customers.CustomerImport.SiteRecord;
import com.casedesk.customers.CustomerImporter;

/** Fresh customers with unique numbers and addresses, for tests that change data or count mails. */
public final class ServiceDeskTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private ServiceDeskTestData() {
    }

    /**
     * @param number  the customer number; the site is {@code number-S}, the contract {@code number-C}, the invoice
     *                {@code number-I}; contacts {@code boss@<number>.example} (authorized) and
     *                {@code staff@<number>.example} (not authorized)
     */
    public record TestCustomer(String number, String siteId, String contractNumber, String invoiceNumber) {

        public String authorizedEmail() {
            return "boss@" + number.toLowerCase() + ".example";
        }

        public String unauthorizedEmail() {
            return "staff@" + number.toLowerCase() + ".example";
        }
    }

    public static String unique(String prefix) {
        return prefix + "-" + (System.currentTimeMillis() % 1_000_000) + SEQUENCE.incrementAndGet();
    }

    public static TestCustomer importCustomer(CustomerImporter importer, String country, boolean remoteSupport,
            String contractStart, String invoiceStatus) {
        String number = unique("T" + country);
        TestCustomer customer = new TestCustomer(number, number + "-S", number + "-C", number + "-I");
        importer.importCustomers(new CustomerImport(List.of(new CustomerRecord(number, "Test " + number,
                "556000-" + number.substring(number.length() - 4), country, "invoice@" + number.toLowerCase() + ".example",
                null,
                List.of(new ContactRecord("Boss", customer.authorizedEmail(), "+46 70 000 00 01", true),
                        new ContactRecord("Staff", customer.unauthorizedEmail(), "+46 70 000 00 02", false)),
                List.of(new SiteRecord(customer.siteId(), "Testgatan 1, " + number, remoteSupport, true, true, true)),
                List.of(new ContractRecord(customer.contractNumber(), customer.siteId(), "SUBSCRIPTION", contractStart,
                        3, 0, false, false)),
                List.of(new InvoiceRecord(customer.invoiceNumber(), customer.contractNumber(), new BigDecimal("100.00"),
                        "SE".equals(country) ? "SEK" : "DKK", "2026-01-01", "2026-01-31", invoiceStatus))))));
        return customer;
    }

    /** The instance for camunda-bpm-assert, also when it already ended (assertions then read the history). */
    public static ProcessInstance instance(ProcessEngine engine, String processInstanceId) {
        ProcessInstance running = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (running != null) {
            return running;
        }
        HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        ExecutionEntity instance = new ExecutionEntity();
        instance.setId(ended.getId());
        instance.setProcessInstanceId(ended.getId());
        instance.setProcessDefinitionId(ended.getProcessDefinitionId());
        instance.setBusinessKey(ended.getBusinessKey());
        return instance;
    }

    /** The mail templates sent on a case, in order. */
    public static List<String> mailTemplates(CaseManagement cases, String caseNumber) {
        return cases.timeline(caseNumber).stream().filter(e -> e.getKind() == CaseEvent.Kind.MAIL_OUT)
                .map(e -> e.getDetail().replaceAll(".*\"template\":\"([^\"]+)\".*", "$1")).toList();
    }
}
