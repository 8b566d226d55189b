package com.casedesk.worklist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.casedesk.cases.CaseManagement;
import com.casedesk.cases.CaseRecord;
import com.casedesk.customers.Country;
import com.casedesk.customers.Customer;
import com.casedesk.customers.CustomerRepository;
import com.casedesk.customers.Site;
import com.casedesk.customers.SiteRepository;

/**
 * The short process variables every Tasklist entry shows, so each entry says which case it is: case number,
 * customer, site (city) and case type. Read from the case and customer records when a task is created.
 */
@Component
public class WorklistVariables {

    public static final String CASE_NUMBER = "caseNumber";
    public static final String CASE_TYPE = "caseType";
    public static final String CUSTOMER_NAME = "customerName";
    public static final String SITE_CITY = "siteCity";
    public static final String URGENT = "urgent";

    /** The variable columns of every Tasklist queue, in their order. */
    public static final java.util.List<String> COLUMNS = java.util.List.of(CASE_NUMBER, CUSTOMER_NAME, SITE_CITY,
            CASE_TYPE);

    /** Variable columns stay short: Tasklist shows them in every list entry. */
    private static final int MAX_LENGTH = 80;

    private final CaseManagement cases;
    private final CustomerRepository customers;
    private final SiteRepository sites;

    WorklistVariables(CaseManagement cases, CustomerRepository customers, SiteRepository sites) {
        this.cases = cases;
        this.customers = customers;
        this.sites = sites;
    }

    /** What the worklist knows of one case. */
    public record CaseSummary(String caseType, String customerName, String siteCity, Country country) {

        Map<String, Object> variables() {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put(CASE_TYPE, caseType);
            variables.put(CUSTOMER_NAME, customerName);
            variables.put(SITE_CITY, siteCity);
            return variables;
        }
    }

    public Optional<CaseSummary> summary(String caseNumber) {
        return cases.find(caseNumber).map(this::summary);
    }

    private CaseSummary summary(CaseRecord record) {
        Optional<Site> site = Optional.ofNullable(record.getSiteId()).flatMap(sites::findBySiteId);
        Optional<Customer> customer = Optional.ofNullable(record.getCustomerNumber()).flatMap(customers::findByNumber)
                .or(() -> site.map(Site::getCustomer));
        return new CaseSummary(record.getCaseType() == null ? "" : record.getCaseType().name(),
                shorten(customer.map(Customer::getName).orElse("")),
                shorten(site.map(s -> city(s.getAddress())).orElse("")),
                customer.map(Customer::getCountry).orElse(Country.SE));
    }

    /** "Storgatan 1, 111 22 Stockholm" -> "Stockholm": the last part of the address without its postal code. */
    static String city(String address) {
        if (address == null || address.isBlank()) {
            return "";
        }
        String last = address.substring(address.lastIndexOf(',') + 1).strip();
        String city = last.replaceFirst("^(DK-|SE-|S-)?[0-9][0-9 ]*", "").strip();
        return city.isEmpty() ? last : city;
    }

    private static String shorten(String value) {
        return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH - 1) + "…";
    }
}
