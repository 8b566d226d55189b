package com.casedesk.customers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * A customer with its contacts, sites, contracts and invoices, read and written in plain SQL. A customer has a
 * handful of each, so every lookup reads whole customers (five queries, however many customers) and the objects
 * point at each other as before; what changes afterwards is written back by the repositories, column by column.
 */
@Component
class CustomerAggregates {

    private final NamedParameterJdbcTemplate jdbc;

    CustomerAggregates(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    NamedParameterJdbcTemplate jdbc() {
        return jdbc;
    }

    /**
     * The customers whose id {@code customerIds} selects: a subquery such as
     * {@code SELECT customer_id FROM cd_invoice WHERE invoice_number = :number}, or {@code :ids} for a list.
     */
    List<Customer> load(String customerIds, SqlParameterSource params) {
        String filter = " IN (" + customerIds + ") ORDER BY id";
        Map<Long, Customer> customers = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM cd_customer WHERE id" + filter, params, row -> {
            Customer customer = new Customer(row.getString("customer_number"), row.getString("name"),
                    row.getString("org_number"), Country.valueOf(row.getString("country")),
                    row.getString("invoice_email"), row.getString("ean_number"));
            customer.stored(row.getLong("id"), row.getLong("version"));
            customers.put(customer.getId(), customer);
        });
        if (customers.isEmpty()) {
            return List.of();
        }
        jdbc.query("SELECT * FROM cd_contact WHERE customer_id" + filter, params, row -> {
            Customer customer = customers.get(row.getLong("customer_id"));
            Contact contact = new Contact(customer, row.getString("name"), row.getString("email"),
                    row.getString("phone"), row.getBoolean("authorized"));
            contact.stored(row.getLong("id"), row.getBoolean("email_bouncing"));
            customer.getContacts().add(contact);
        });
        Map<Long, Site> sites = new HashMap<>();
        jdbc.query("SELECT * FROM cd_site WHERE customer_id" + filter, params, row -> {
            Customer customer = customers.get(row.getLong("customer_id"));
            Site site = new Site(customer, row.getString("site_id"), row.getString("address"),
                    row.getBoolean("remote_support_capable"), row.getBoolean("has_key_box"),
                    row.getBoolean("signs_installed"), row.getBoolean("monitored_by_us"));
            site.stored(row.getLong("id"), row.getLong("version"));
            sites.put(site.getId(), site);
            customer.getSites().add(site);
        });
        Map<Long, Contract> contracts = new HashMap<>();
        jdbc.query("SELECT * FROM cd_contract WHERE customer_id" + filter, params, row -> {
            Customer customer = customers.get(row.getLong("customer_id"));
            Contract contract = new Contract(customer, sites.get(row.getLong("site_id")),
                    row.getString("contract_number"), ContractType.valueOf(row.getString("contract_type")),
                    row.getObject("start_date", LocalDate.class), row.getInt("notice_months"),
                    row.getInt("binding_months"), row.getBoolean("guard_call_out_included"),
                    row.getBoolean("reminder_fee_agreed"));
            contract.stored(row.getLong("id"), row.getLong("version"));
            contract.restoreState(ContractStatus.valueOf(row.getString("status")),
                    row.getObject("end_date", LocalDate.class));
            contracts.put(contract.getId(), contract);
            customer.getContracts().add(contract);
        });
        jdbc.query("SELECT * FROM cd_invoice WHERE customer_id" + filter, params, row -> {
            Customer customer = customers.get(row.getLong("customer_id"));
            long contractId = row.getLong("contract_id");
            Invoice invoice = new Invoice(customer, row.wasNull() ? null : contracts.get(contractId),
                    row.getString("invoice_number"), row.getBigDecimal("amount"), row.getString("currency"),
                    row.getObject("issue_date", LocalDate.class),
                    row.getObject("due_date", LocalDate.class),
                    InvoiceStatus.valueOf(row.getString("status")));
            invoice.stored(row.getLong("id"), row.getLong("version"));
            invoice.restoreAmounts(row.getBigDecimal("paid_amount"), row.getBigDecimal("reminder_fee"));
            customer.getInvoices().add(invoice);
        });
        return new ArrayList<>(customers.values());
    }

    /** Writes a new customer with everything it has. */
    void insert(Customer customer) {
        customer.stored(insert("""
                INSERT INTO cd_customer (customer_number, name, org_number, country, invoice_email, ean_number, version)
                VALUES (:number, :name, :orgNumber, :country, :invoiceEmail, :eanNumber, 0)""",
                new MapSqlParameterSource().addValue("number", customer.getNumber())
                        .addValue("name", customer.getName()).addValue("orgNumber", customer.getOrgNumber())
                        .addValue("country", customer.getCountry().name())
                        .addValue("invoiceEmail", customer.getInvoiceEmail())
                        .addValue("eanNumber", customer.getEanNumber())), 0);
        for (Contact contact : customer.getContacts()) {
            contact.stored(insert("""
                    INSERT INTO cd_contact (customer_id, name, email, phone, authorized, email_bouncing)
                    VALUES (:customerId, :name, :email, :phone, :authorized, :emailBouncing)""",
                    new MapSqlParameterSource("customerId", customer.getId()).addValue("name", contact.getName())
                            .addValue("email", contact.getEmail()).addValue("phone", contact.getPhone())
                            .addValue("authorized", contact.isAuthorized())
                            .addValue("emailBouncing", contact.isEmailBouncing())), contact.isEmailBouncing());
        }
        for (Site site : customer.getSites()) {
            site.stored(insert("""
                    INSERT INTO cd_site (site_id, customer_id, address, remote_support_capable, has_key_box,
                      signs_installed, monitored_by_us, version)
                    VALUES (:siteId, :customerId, :address, :remoteSupport, :keyBox, :signs, :monitored, 0)""",
                    new MapSqlParameterSource("customerId", customer.getId()).addValue("siteId", site.getSiteId())
                            .addValue("address", site.getAddress())
                            .addValue("remoteSupport", site.isRemoteSupportCapable())
                            .addValue("keyBox", site.isHasKeyBox()).addValue("signs", site.isSignsInstalled())
                            .addValue("monitored", site.isMonitoredByUs())), 0);
        }
        for (Contract contract : customer.getContracts()) {
            contract.stored(insert("""
                    INSERT INTO cd_contract (contract_number, customer_id, site_id, contract_type, start_date,
                      notice_months, binding_months, guard_call_out_included, reminder_fee_agreed, status, end_date,
                      version)
                    VALUES (:number, :customerId, :siteId, :type, :startDate, :noticeMonths, :bindingMonths,
                      :guardCallOut, :reminderFee, :status, :endDate, 0)""",
                    new MapSqlParameterSource("customerId", customer.getId()).addValue("number", contract.getNumber())
                            .addValue("siteId", contract.getSite().getId())
                            .addValue("type", contract.getType().name())
                            .addValue("startDate", contract.getStartDate())
                            .addValue("noticeMonths", contract.getNoticeMonths())
                            .addValue("bindingMonths", contract.getBindingMonths())
                            .addValue("guardCallOut", contract.isGuardCallOutIncluded())
                            .addValue("reminderFee", contract.isReminderFeeAgreed())
                            .addValue("status", contract.getStatus().name())
                            .addValue("endDate", contract.getEndDate())), 0);
        }
        for (Invoice invoice : customer.getInvoices()) {
            invoice.stored(insert("""
                    INSERT INTO cd_invoice (invoice_number, customer_id, contract_id, amount, currency, issue_date,
                      due_date, status, paid_amount, reminder_fee, version)
                    VALUES (:number, :customerId, :contractId, :amount, :currency, :issueDate, :dueDate, :status,
                      :paidAmount, :reminderFee, 0)""",
                    new MapSqlParameterSource("customerId", customer.getId()).addValue("number", invoice.getNumber())
                            .addValue("contractId", invoice.getContract() == null ? null : invoice.getContract().getId())
                            .addValue("amount", invoice.getAmount()).addValue("currency", invoice.getCurrency())
                            .addValue("issueDate", invoice.getIssueDate()).addValue("dueDate", invoice.getDueDate())
                            .addValue("status", invoice.getStatus().name())
                            .addValue("paidAmount", invoice.getPaidAmount())
                            .addValue("reminderFee", invoice.getReminderFee())), 0);
        }
    }

    /**
     * Runs an update of one row that holds {@code version}, which also counts the version up; another transaction
     * that wrote the row since it was read makes it fail, as JPA's optimistic locking did.
     */
    long updateVersioned(String table, long id, long version, String setColumns, MapSqlParameterSource values) {
        int updated = jdbc.update("UPDATE " + table + " SET " + setColumns + ", version = version + 1"
                + " WHERE id = :id AND version = :version", values.addValue("id", id).addValue("version", version));
        if (updated != 1) {
            throw new OptimisticLockingFailureException(table + " row " + id + " was changed or removed by another"
                    + " transaction since it was read (version " + version + ")");
        }
        return version + 1;
    }

    private long insert(String sql, MapSqlParameterSource values) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(sql, values, key, new String[] {"id"});
        return key.getKey().longValue();
    }
}
