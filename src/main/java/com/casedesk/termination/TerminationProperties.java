package com.casedesk.termination;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casedesk.termination.*}.
 *
 * @param noticeWait how long a termination that was not accepted waits for the written notice of an authorized
 *                   person before the case is closed and the contract simply continues
 */
@ConfigurationProperties("casedesk.termination")
public record TerminationProperties(@DefaultValue ResponsibleContact responsibleContact,
        @DefaultValue("P30D") Duration noticeWait) {

    /**
     * Who the customer contacts about a confirmed termination; named in the confirmation mail with the phone of the
     * customer's country ({@code casedesk.offices.*.customer-service-phone}).
     */
    public record ResponsibleContact(
            @DefaultValue("CaseDesk kundservice") String name,
            @DefaultValue("support@casedesk.local") String email) {
    }
}
