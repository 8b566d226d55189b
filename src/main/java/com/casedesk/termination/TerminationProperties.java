package com.casedesk.termination;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code casedesk.termination.*}. */
@ConfigurationProperties("casedesk.termination")
public record TerminationProperties(@DefaultValue ResponsibleContact responsibleContact) {

    /** Who the customer contacts about a confirmed termination; named in the confirmation mail. */
    public record ResponsibleContact(
            @DefaultValue("CaseDesk kundservice") String name,
            @DefaultValue("support@casedesk.local") String email,
            @DefaultValue("+46 10 000 00 00") String phone) {
    }
}
