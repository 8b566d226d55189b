package com.casedesk.definitions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casedesk.definitions.*}: hot reload of {@code casedesk.processes-dir} and {@code casedesk.rules-dir}.
 *
 * @param watch    watch both folders while running and apply each change (a folder that does not exist, so the
 *                 packaged copy is used, is not watched)
 * @param debounce how long a folder must be quiet after a change before it is applied
 */
@ConfigurationProperties("casedesk.definitions")
public record DefinitionsProperties(@DefaultValue("true") boolean watch, @DefaultValue("500ms") Duration debounce) {
}
