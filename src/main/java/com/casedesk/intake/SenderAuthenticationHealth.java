package com.casedesk.intake;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} says whether incoming mail's senders are authenticated or From is trusted as it stands. */
@Component("mailSenderAuthentication")
class SenderAuthenticationHealth implements HealthIndicator {

    private final SenderAuthentication authentication;

    SenderAuthenticationHealth(SenderAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public Health health() {
        return authentication.trustedAuthservId()
                .map(id -> Health.up().withDetail("trustedAuthservId", id)
                        .withDetail("senders", "authenticated by " + id + "'s Authentication-Results (DMARC/DKIM)"))
                .orElseGet(() -> Health.up().withDetail("trustedAuthservId", "not set")
                        .withDetail("senders", "From trusted as it stands: anyone can write as an authorized contact;"
                                + " set casedesk.mail.trusted-authserv-id"))
                .build();
    }
}
