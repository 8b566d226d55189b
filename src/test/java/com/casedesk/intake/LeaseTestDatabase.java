package com.casedesk.intake;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.casedesk.system.ClusterLeases;

/** An in-memory H2 database with only the lease table, for pollers built without the application. */
final class LeaseTestDatabase {

    private LeaseTestDatabase() {
    }

    static ClusterLeases leases(String name) {
        DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:lease-" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        new JdbcTemplate(dataSource).execute("""
                CREATE TABLE IF NOT EXISTS cd_lease (name VARCHAR(64) NOT NULL PRIMARY KEY, lock_until TIMESTAMP NOT NULL,
                  locked_at TIMESTAMP NOT NULL, locked_by VARCHAR(255) NOT NULL)""");
        return new ClusterLeases(dataSource);
    }
}
