package com.casedesk.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * CaseDesk's indexes on Camunda's own tables (the Tasklist queues, the case readers' check), as Flyway migrations
 * in {@value #LOCATION} (and {@value #LOCATION}-h2 or -postgresql where the two need different SQL) with their own
 * history table. They run once the engine has checked or created its schema: the application's migrations
 * ({@code db/migration}) run before the engine exists, when Camunda's tables may not be there yet. Flyway's lock
 * makes a second node wait and then find them applied.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String LOCATION = "classpath:db/engine-migration";
    static final String HISTORY_TABLE = "cd_flyway_engine_history";

    private DataSource dataSource;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        dataSource = configuration.getDataSource();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        List<String> locations = new ArrayList<>(List.of(LOCATION));
        String vendor = vendor();
        if (vendor != null) {
            locations.add(LOCATION + "-" + vendor);
        }
        Flyway.configure().dataSource(dataSource).locations(locations.toArray(String[]::new)).table(HISTORY_TABLE)
                .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    }

    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            return product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : null;
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot read the database product: " + e.getMessage(), e);
        }
    }
}
