package com.casedesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.casedesk.CaseDeskApplication;
import com.casedesk.cases.CaseAccess;
import com.casedesk.cases.CaseQuery;
import com.casedesk.cases.CaseSearch;
import com.casedesk.cases.CaseSearchResult;
import com.casedesk.cases.CaseStarter;
import com.casedesk.cases.CaseSummary;
import com.casedesk.cases.CaseType;
import com.casedesk.customers.CustomerRepository;
import com.casedesk.mail.CustomerMailService;
import com.casedesk.mail.EmbeddedMailServer;
import com.casedesk.support.KeepsWebappsOfTheSharedContext;
import com.casedesk.system.Groups;

/**
 * Two CaseDesk nodes started at the same time on an empty PostgreSQL: the engine's schema is created once (the
 * second node waits on the schema lock), CaseDesk's migrations and one-time work happen once and every outbox mail is delivered by exactly one node. And the case search and the case readers' check (CaseDesk's own SQL
 * over Camunda's history tables) as PostgreSQL runs them. Needs a PostgreSQL database that it may wipe, so it runs only when
 * {@code -Dcasedesk.test.postgres.url=jdbc:postgresql://…} is given (.ci/run does, after the main test run).
 */
@ExtendWith(KeepsWebappsOfTheSharedContext.class)
@EnabledIfSystemProperty(named = "casedesk.test.postgres.url", matches = "jdbc:postgresql:.+")
class TwoNodesOnPostgresTest {

    static final int MAILS = 40;

    @Test
    void shouldShareTheWorkOfOneDatabaseWithoutDoingAnythingTwice() throws Exception {
        wipeDatabase();

        // Given two nodes starting together on an empty database. Both run in this JVM, whose
        // logging set-up is not safe for two Spring applications initialising it at the same instant (a
        // ConcurrentModificationException seen once), so the second starts a moment later; their start-ups
        // (migrations, users and groups, demo data) still overlap.
        CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> startNode("node-a"));
        Thread.sleep(1500);
        CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> startNode("node-b"));
        try (ConfigurableApplicationContext a = first.get(); ConfigurableApplicationContext b = second.get()) {
            // Then the demo data was loaded once
            assertThat(a.getBean(CustomerRepository.class).count()).isEqualTo(6);

            // And users, groups, memberships and the group-tasks filter were created once
            IdentityService identity = a.getBean(IdentityService.class);
            List<String> groups = new ArrayList<>(Groups.ALL);
            groups.addAll(List.of(Groups.SUPERVISOR, Groups.ANALYST));
            List<String> users = new ArrayList<>(groups.stream().map(group -> group + "-demo").toList());
            groups.add(Groups.CAMUNDA_ADMIN);
            users.add("admin");
            assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
                    .containsExactlyInAnyOrderElementsOf(groups);
            assertThat(identity.createUserQuery().list()).extracting(User::getId)
                    .containsExactlyInAnyOrderElementsOf(users);
            for (String user : users) {
                assertThat(identity.createGroupQuery().groupMember(user).count()).as("groups of " + user).isEqualTo(1);
            }
            assertThat(a.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM ACT_RU_FILTER WHERE NAME_ = 'My group''s tasks'", Integer.class)).isEqualTo(1);
            assertThat(a.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM (SELECT GROUP_ID_,"
                    + " RESOURCE_TYPE_, RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION WHERE GROUP_ID_ IS NOT NULL"
                    + " GROUP BY GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_ HAVING COUNT(*) > 1) twice", Integer.class))
                    .isZero();

            // When both nodes write mails to the shared outbox
            for (int i = 0; i < MAILS; i++) {
                ConfigurableApplicationContext node = i % 2 == 0 ? a : b;
                String to = "cluster-" + i + "@customer.example";
                node.getBean(TransactionTemplate.class).executeWithoutResult(status -> node.getBean(CustomerMailService.class)
                        .send(new CustomerMailService.Mail(null, to, "en", "cluster-probe", Map.of())));
            }

            // Then each mail is delivered exactly once, by one node or the other
            // a send that timed out on a busy machine is retried after 10 s: wait for it
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (sent(a) < MAILS && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(sent(a)).isEqualTo(MAILS);
            int deliveredByA = a.getBean(EmbeddedMailServer.class).greenMail().getReceivedMessages().length;
            int deliveredByB = b.getBean(EmbeddedMailServer.class).greenMail().getReceivedMessages().length;
            assertThat(deliveredByA + deliveredByB).isEqualTo(MAILS);
        }
    }

    @Test
    void shouldSearchCasesAndCheckWhoMayReadThemWithPostgresqlRunningTheQueries() throws Exception {
        wipeDatabase();
        try (ConfigurableApplicationContext node = startNode("node-search")) {
            // Given a billing case and a technical-support case (one task each, offered to that group)
            node.getBean(ProcessEngine.class).getRepositoryService().createDeployment().addModelInstance(
                    "searchProbe.bpmn", Bpmn.createExecutableProcess("searchProbe").camundaHistoryTimeToLive(1)
                            .startEvent().userTask("userTask_probe").name("Probe").camundaCandidateGroups("${group}")
                            .endEvent().done()).deploy();
            CaseStarter starter = node.getBean(CaseStarter.class);
            String billing = starter.start(CaseType.INVOICE_QUESTION, "searchProbe", CaseStarter.CaseSubject
                    .of("Invoice 100% wrong_probe").withCustomer("SE-1001").withContactEmail("Kund@Probe.example"),
                    Map.of("group", Groups.BILLING)).caseNumber();
            String support = starter.start(CaseType.FAULT_REPORT, "searchProbe", CaseStarter.CaseSubject
                    .of("Panel beeps probe").withCustomer("SE-1001"), Map.of("group", Groups.TECHNICAL_SUPPORT))
                    .caseNumber();
            CaseSearch search = node.getBean(CaseSearch.class);

            // Then PostgreSQL answers each kind of search, and a group sees only the cases it has a task on
            assertThat(numbers(search.search(query("PROBE", null, false), Set.of(Groups.SUPERVISOR))))
                    .containsExactly(support, billing);
            assertThat(numbers(search.search(query("probe", null, false), Set.of(Groups.BILLING)))).containsExactly(billing);
            assertThat(numbers(search.search(query("100%", null, false), Set.of(Groups.SUPERVISOR)))).containsExactly(billing);
            assertThat(numbers(search.search(query("_probe", null, false), Set.of(Groups.SUPERVISOR)))).containsExactly(billing);
            assertThat(numbers(search.search(query(support.toLowerCase(), null, false), Set.of(Groups.TECHNICAL_SUPPORT))))
                    .containsExactly(support);
            assertThat(numbers(search.search(query(support, null, false), Set.of(Groups.BILLING)))).isEmpty();
            assertThat(numbers(search.search(query(null, "kund@probe.example", false), Set.of(Groups.BILLING))))
                    .containsExactly(billing);
            assertThat(numbers(search.search(query(null, null, true), Set.of(Groups.TECHNICAL_SUPPORT))))
                    .containsExactly(support);
            CaseAccess access = node.getBean(CaseAccess.class);
            assertThat(access.mayRead(support, Set.of(Groups.TECHNICAL_SUPPORT))).isTrue();
            assertThat(access.mayRead(support, Set.of(Groups.BILLING, Groups.CUSTOMER_SERVICE))).isFalse();
        }
    }

    private static CaseQuery query(String text, String sender, boolean mine) {
        return new CaseQuery(text, null, null, sender, null, null, mine, 0, CaseQuery.DEFAULT_SIZE);
    }

    private static List<String> numbers(CaseSearchResult result) {
        return result.cases().stream().map(CaseSummary::caseNumber).toList();
    }

    private static int sent(ConfigurableApplicationContext node) {
        return node.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM cd_outbox_mail WHERE status = 'SENT' AND recipient LIKE 'cluster-%'", Integer.class);
    }

    private static ConfigurableApplicationContext startNode(String name) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.application.name=" + name,
                "--spring.datasource.url=" + System.getProperty("casedesk.test.postgres.url"),
                "--spring.datasource.username=" + System.getProperty("casedesk.test.postgres.user", "casedesk"),
                "--spring.datasource.password=" + System.getProperty("casedesk.test.postgres.password", ""),
                "--casedesk.admin.password=cluster-test-password",
                "--casedesk.mail.embedded.smtp-port=0",
                "--casedesk.mail.embedded.imap-port=0",
                "--casedesk.mail.outbox.poll-interval=PT0.1S",
                "--camunda.bpm.process-engine-name=" + name.replace("-", ""),
                "--logging.level.root=WARN"));
        return new SpringApplicationBuilder(CaseDeskApplication.class).run(args.toArray(String[]::new));
    }

    private static void wipeDatabase() throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(System.getProperty("casedesk.test.postgres.url"),
                System.getProperty("casedesk.test.postgres.user", "casedesk"),
                System.getProperty("casedesk.test.postgres.password", ""));
                var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }
}
