package com.casedesk.definitions;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import com.casedesk.rules.RuleBase;

/**
 * {@code /actuator/health} component {@code definitions}: always UP (the definitions in force keep serving), with
 * the rules version and, after a refused change, a {@code warning} and the refused change's errors.
 */
@Component
class DefinitionsHealthIndicator implements HealthIndicator {

    private final RuleBase rules;
    private final DefinitionChanges changes;

    DefinitionsHealthIndicator(RuleBase rules, DefinitionChanges changes) {
        this.rules = rules;
        this.changes = changes;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("rulesVersion", rules.rulesVersion());
        changes.lastRefused().ifPresent(refused -> health
                .withDetail("warning", "a change of " + refused.folder() + " was refused at " + refused.at()
                        + "; the definitions in force keep serving")
                .withDetail("refusedChange", refused));
        return health.build();
    }
}
