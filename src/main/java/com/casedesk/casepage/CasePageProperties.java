package com.casedesk.casepage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The case page ({@code casedesk.case-page.*}).
 *
 * @param otherCases how many of the customer's and site's other cases the page lists beside the case
 * @param invoices   how many of the customer's invoices it lists, newest first
 */
@ConfigurationProperties("casedesk.case-page")
record CasePageProperties(@DefaultValue("20") int otherCases, @DefaultValue("12") int invoices) {

    CasePageProperties {
        if (otherCases < 0 || otherCases > 500) {
            throw new IllegalArgumentException("casedesk.case-page.other-cases must be from 0 to 500, not " + otherCases);
        }
        if (invoices < 0 || invoices > 500) {
            throw new IllegalArgumentException("casedesk.case-page.invoices must be from 0 to 500, not " + invoices);
        }
    }
}
