package com.casedesk.worklist;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casedesk.escalation.*}: how often the overdue scan runs and whom it tells.
 *
 * @param scanInterval how often each node looks for overdue tasks (one node at a time: a database lock)
 * @param leads        the lead's mail address per candidate group ({@code leads.billing=...}); a group without
 *                     one is escalated without a mail
 */
@ConfigurationProperties("casedesk.escalation")
public record EscalationProperties(@DefaultValue("PT1M") Duration scanInterval, Map<String, String> leads) {

    public EscalationProperties {
        leads = leads == null ? Map.of() : Map.copyOf(leads);
    }
}
