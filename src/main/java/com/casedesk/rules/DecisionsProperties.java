package com.casedesk.rules;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casedesk.decisions.*}: the decision log the what-if replay reads.
 *
 * @param record    store every decision (inputs, outcome, reasons, fired rules, rules version, case)
 * @param retention decisions older than this are deleted (daily)
 */
@ConfigurationProperties("casedesk.decisions")
public record DecisionsProperties(@DefaultValue("true") boolean record, @DefaultValue("365d") Duration retention) {
}
