package com.casedesk.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code casedesk.*} key except the mail keys (see {@code MailProperties}).
 * The README's configuration table lists each one.
 */
@ConfigurationProperties("casedesk")
public record CaseDeskProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("./processes") Path processesDir,
        @DefaultValue("./rules") Path rulesDir,
        @DefaultValue Admin admin,
        @DefaultValue Demo demo) {

    public record Admin(@DefaultValue("admin") String user, String password) {
    }

    /** Demo data and one demo user per group, created on the first start only. */
    public record Demo(@DefaultValue("true") boolean enabled) {
    }
}
