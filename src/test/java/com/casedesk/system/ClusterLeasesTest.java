package com.casedesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes (two {@link ClusterLeases} on one database) and one lease: one holds it, the other cannot take it
 * while it is renewed, takes it over once the holder dies (stops renewing without giving it up), and the old
 * holder, should it come back, finds it lost.
 */
class ClusterLeasesTest {

    private static final Duration HOLD = Duration.ofMillis(800);

    @Test
    void aLeaseIsHeldByOneNodeAndTakenOverWhenItsHolderStopsRenewing() throws Exception {
        DataSource database = database();
        ClusterLeases.Lease onA = new ClusterLeases(database).lease("mailbox-reader", HOLD);
        ClusterLeases.Lease onB = new ClusterLeases(database).lease("mailbox-reader", HOLD);

        assertThat(onA.tryHold()).as("A takes the free lease").isTrue();
        for (int i = 0; i < 4; i++) {
            Thread.sleep(HOLD.toMillis() / 3);
            assertThat(onA.tryHold()).as("A renews").isTrue();
            assertThat(onB.tryHold()).as("B cannot take a renewed lease").isFalse();
        }

        // A dies: it neither renews nor releases
        Thread.sleep(HOLD.toMillis() + 300);
        assertThat(onB.tryHold()).as("B takes the lease over").isTrue();
        assertThat(onA.tryHold()).as("A, back, has lost it").isFalse();
        assertThat(onB.held()).isTrue();
        assertThat(onA.held()).isFalse();
    }

    @Test
    void aReleasedLeaseIsTakenAtOnce() {
        DataSource database = database();
        ClusterLeases.Lease onA = new ClusterLeases(database).lease("scan", Duration.ofMinutes(5));
        ClusterLeases.Lease onB = new ClusterLeases(database).lease("scan", Duration.ofMinutes(5));

        assertThat(onA.tryHold()).isTrue();
        assertThat(onB.tryHold()).isFalse();
        onA.release();
        assertThat(onB.tryHold()).isTrue();
    }

    private static DataSource database() {
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:leases-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        new JdbcTemplate(dataSource).execute("""
                CREATE TABLE cd_lease (name VARCHAR(64) NOT NULL PRIMARY KEY, lock_until TIMESTAMP NOT NULL,
                  locked_at TIMESTAMP NOT NULL, locked_by VARCHAR(255) NOT NULL)""");
        return dataSource;
    }
}
