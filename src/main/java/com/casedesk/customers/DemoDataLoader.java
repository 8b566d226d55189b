package com.casedesk.customers;

import java.io.IOException;
import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.casedesk.system.CaseDeskProperties;
import com.casedesk.system.Once;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Loads the demo customers on the first start of the demo run; a restart or a second node loads nothing. */
@Component
class DemoDataLoader {

    static final String DEMO_DATA = "/demo/demo-customers.json";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CaseDeskProperties properties;
    private final CustomerImporter importer;
    private final Once once;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    DemoDataLoader(CaseDeskProperties properties, CustomerImporter importer, Once once,
            TransactionTemplate transaction, ObjectMapper json) {
        this.properties = properties;
        this.importer = importer;
        this.once = once;
        this.transaction = transaction;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void loadOnFirstStart() throws IOException {
        if (!properties.demo().enabled()) {
            return;
        }
        CustomerImport demo;
        try (InputStream in = getClass().getResourceAsStream(DEMO_DATA)) {
            demo = json.readValue(in, CustomerImport.class);
        }
        CustomerImporter.ImportResult result = transaction.execute(status ->
                once.claim("demo-data") ? importer.importCustomers(demo) : null);
        if (result != null) {
            log.info("Loaded the demo data: {}", result);
        }
    }
}
