import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.casedesk.CaseDeskApplication;
import com.casedesk.system.Groups;

/**
 * The case search {@code GET /api/cases} over many cases, each with one user task of one of the five work groups
 * (process instances with full history, as the read access reads them): a technical-support member's searches
 * (newest first; a word; "my group's open cases"), which carry the read access, against the same searches by an
 * admin, which do not (the baseline), same database, same run.
 *
 * <pre>
 * ./mvnw -o -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) bench/CaseSearchBenchmark.java [cases, default 100000] [requests, default 200]
 * </pre>
 */
public class CaseSearchBenchmark {

    private static final String USER = "bench-support";
    private static final String PASSWORD = "bench-password";
    private static final String ADMIN_PASSWORD = "bench-admin-password";

    public static void main(String[] args) throws Exception {
        int caseCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path data = Files.createTempDirectory("casedesk-bench");
        ConfigurableApplicationContext app = new SpringApplication(CaseDeskApplication.class).run(
                "--casedesk.data-dir=" + data, "--spring.datasource.url=jdbc:h2:mem:searchbench;DB_CLOSE_DELAY=-1",
                "--casedesk.mail.embedded.smtp-port=0", "--casedesk.mail.embedded.imap-port=0", "--server.port=0",
                "--casedesk.admin.password=" + ADMIN_PASSWORD, "--casedesk.escalation.scan-interval=P3650D",
                "--casedesk.demo.enabled=false", "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=WARN", "--logging.level.com.casedesk=WARN");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            createUser(app.getBean(IdentityService.class));
            app.getBean(RepositoryService.class).createDeployment().addModelInstance("benchCase.bpmn",
                    Bpmn.createExecutableProcess("benchCase").camundaHistoryTimeToLive(1).startEvent()
                            .userTask("userTask_bench").name("Bench task").camundaCandidateGroups("${group}")
                            .endEvent().done()).deploy();
            long created = System.nanoTime();
            createCases(app.getBean(RuntimeService.class), app.getBean(JdbcTemplate.class),
                    app.getBean(TransactionTemplate.class), caseCount);
            System.out.printf("Created %,d cases with a task each in %.0f s%n", caseCount, (System.nanoTime() - created) / 1e9);

            HttpClient http = HttpClient.newHttpClient();
            String[] searches = { "", "query=beeps", "mine=true" };
            for (String search : searches) {
                HttpRequest member = request(port, USER, PASSWORD, search);
                HttpRequest admin = request(port, "admin", ADMIN_PASSWORD, search);
                System.out.printf("  sample (%s): member %s%n", search, send(http, member).substring(0, 60));
                for (int i = 0; i < 20; i++) {
                    send(http, member);
                    send(http, admin);
                }
                List<Double> memberMillis = new ArrayList<>();
                List<Double> adminMillis = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    memberMillis.add(time(http, member));
                    adminMillis.add(time(http, admin));
                }
                double p50 = percentile(memberMillis, 50);
                double p95 = percentile(memberMillis, 95);
                double baseP50 = percentile(adminMillis, 50);
                double baseP95 = percentile(adminMillis, 95);
                System.out.printf("GET /api/cases?%s as technical-support: p50 %.1f ms, p95 %.1f ms; as admin (no access"
                        + " filter): p50 %.1f ms, p95 %.1f ms; member / admin p95 %.2fx; goal p95 <= 50 ms: %s%n",
                        search, p50, p95, baseP50, baseP95, p95 / baseP95, p95 <= 50 ? "met" : "NOT met");
            }
        } finally {
            app.close();
        }
    }

    private static HttpRequest request(int port, String user, String password, String search) {
        String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases?" + search))
                .header("Authorization", auth).header("Accept", "application/json").GET().build();
    }

    private static void createUser(IdentityService identity) {
        User user = identity.newUser(USER);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(USER, Groups.TECHNICAL_SUPPORT);
    }

    /** Cases numbered BENCH-0000001…, newest last, a fifth of them per group, a tenth closed, one in 50 "beeps". */
    private static void createCases(RuntimeService runtime, JdbcTemplate jdbc, TransactionTemplate transaction,
            int count) {
        String[] types = { "FAULT_REPORT", "INVOICE_QUESTION", "TERMINATION", "SERVICE_REQUEST", "GENERAL_INQUIRY" };
        Instant start = Instant.now().minus(Duration.ofDays(365));
        int batch = 500;
        for (int first = 0; first < count; first += batch) {
            int from = first;
            transaction.executeWithoutResult(status -> {
                List<Object[]> rows = new ArrayList<>();
                for (int i = from; i < Math.min(from + batch, count); i++) {
                    String caseNumber = String.format("BENCH-%07d", i);
                    String group = Groups.ALL.get(i % Groups.ALL.size());
                    runtime.startProcessInstanceByKey("benchCase", caseNumber, Map.of("caseNumber", caseNumber,
                            "group", group));
                    rows.add(new Object[] { caseNumber, types[i % types.length], i % 10 == 0 ? "CLOSED" : "OPEN",
                            (i % 50 == 0 ? "Panel beeps " : "Question ") + i, "SE-" + (1000 + i % 5000),
                            "customer" + (i % 5000) + "@bench.example", Timestamp.from(start.plusSeconds(i * 60L)) });
                }
                jdbc.batchUpdate("INSERT INTO cd_case (case_number, case_type, status, subject, customer_number,"
                        + " contact_email, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
            });
        }
    }

    private static double time(HttpClient http, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        send(http, request);
        return (System.nanoTime() - start) / 1e6;
    }

    private static String send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
