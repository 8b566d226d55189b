package com.casedesk.dunning;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casedesk.dunning.*}.
 *
 * @param scanCycle             when the overdue-invoice scan runs: a Camunda timer cycle, cron
 *                              ({@code 0 0 6 * * ?}) or ISO 8601 repeating interval ({@code R/2026-01-01T06:00/P1D})
 * @param collectionAgencyEmail where collection hand-overs are mailed
 */
@ConfigurationProperties("casedesk.dunning")
public record DunningProperties(
        @DefaultValue("0 0 6 * * ?") String scanCycle,
        @DefaultValue("inkasso@collection-agency.example") String collectionAgencyEmail) {
}
