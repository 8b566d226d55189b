import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import com.casedesk.CaseDeskApplication;
import com.casedesk.system.Groups;

/**
 * A group's Tasklist queue over many open tasks: the request Tasklist sends for a filter (HAL, sorted by due date
 * and priority, the four variable columns embedded) against a plain task query of the same group without columns
 * or sorting (the baseline), same database, same run.
 *
 * <pre>
 * ./mvnw -o -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) bench/TaskQueueBenchmark.java [tasks, default 100000] [requests, default 300]
 * </pre>
 *
 * The tasks are spread evenly over the five work groups, each with a due date within ten days either side of now,
 * a priority of 50 or 75 and the columns as task variables (as the engine plugin writes them). Requests are made
 * as a member of technical-support over HTTP Basic; both kinds warm up first, then take turns.
 */
public class TaskQueueBenchmark {

    private static final String USER = "bench-support";
    private static final String PASSWORD = "bench-password";

    public static void main(String[] args) throws Exception {
        int taskCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path data = Files.createTempDirectory("casedesk-bench");
        ConfigurableApplicationContext app = new SpringApplication(CaseDeskApplication.class).run(
                "--casedesk.data-dir=" + data, "--spring.datasource.url=jdbc:h2:mem:queuebench;DB_CLOSE_DELAY=-1",
                "--casedesk.mail.embedded.smtp-port=0", "--casedesk.mail.embedded.imap-port=0", "--server.port=0",
                "--casedesk.admin.password=bench-admin-password", "--casedesk.escalation.scan-interval=P3650D",
                "--camunda.bpm.history-level=none", "--logging.level.root=WARN", "--logging.level.com.casedesk=WARN");
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            createUser(app.getBean(IdentityService.class));
            long created = System.nanoTime();
            createTasks(app.getBean(TaskService.class), app.getBean(TransactionTemplate.class), taskCount);
            System.out.printf("Created %,d open tasks in %.0f s%n", taskCount, (System.nanoTime() - created) / 1e9);

            String filterId = app.getBean(FilterService.class).createFilterQuery()
                    .filterName("Technical support: Open").singleResult().getId();
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            HttpRequest tasklist = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .header("Accept", "application/hal+json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"processVariables\":[],\"taskVariables\":[],"
                            + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"},"
                            + "{\"sortBy\":\"priority\",\"sortOrder\":\"desc\"}]}"))
                    .build();
            HttpRequest plain = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/engine-rest/task?candidateGroup=technical-support&firstResult=0&maxResults=15"))
                    .header("Authorization", auth).header("Accept", "application/json").GET().build();

            String sample = send(http, tasklist);
            if (!sample.contains("siteCity") || !sample.contains("\"count\":")) {
                throw new IllegalStateException("the filter answered without the variable columns: " + sample);
            }
            for (int i = 0; i < 30; i++) {
                send(http, tasklist);
                send(http, plain);
            }
            List<Double> filterMillis = new ArrayList<>();
            List<Double> plainMillis = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                filterMillis.add(time(http, tasklist));
                plainMillis.add(time(http, plain));
            }
            double filterP50 = percentile(filterMillis, 50);
            double filterP95 = percentile(filterMillis, 95);
            double plainP50 = percentile(plainMillis, 50);
            double plainP95 = percentile(plainMillis, 95);
            System.out.printf("Tasklist filter 'Technical support: Open' (HAL, sorted, 4 variable columns), %d requests:"
                    + " p50 %.1f ms, p95 %.1f ms%n", requests, filterP50, filterP95);
            System.out.printf("Baseline GET /engine-rest/task?candidateGroup=technical-support (no columns, no sorting):"
                    + " p50 %.1f ms, p95 %.1f ms%n", plainP50, plainP95);
            System.out.printf("Filter / baseline: p50 %.2fx, p95 %.2fx; goal p95 <= 50 ms: %s%n", filterP50 / plainP50,
                    filterP95 / plainP95, filterP95 <= 50 ? "met" : "NOT met");
        } finally {
            app.close();
        }
    }

    private static void createUser(IdentityService identity) {
        User user = identity.newUser(USER);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(USER, Groups.TECHNICAL_SUPPORT);
    }

    private static void createTasks(TaskService tasks, TransactionTemplate transaction, int count) {
        String[] cities = { "Stockholm", "Göteborg", "Malmö", "København N", "Aarhus C", "Odense C" };
        String[] types = { "FAULT_REPORT", "INVOICE_QUESTION", "TERMINATION", "SERVICE_REQUEST", "GENERAL_INQUIRY" };
        Instant now = Instant.now();
        int batch = 1000;
        for (int start = 0; start < count; start += batch) {
            int from = start;
            transaction.executeWithoutResult(status -> {
                for (int i = from; i < Math.min(from + batch, count); i++) {
                    Task task = tasks.newTask();
                    task.setName("Bench task " + i);
                    task.setPriority(i % 7 == 0 ? 75 : 50);
                    task.setDueDate(Date.from(now.plus(Duration.ofMinutes((i * 37L) % 28_800 - 14_400))));
                    tasks.saveTask(task);
                    tasks.addCandidateGroup(task.getId(), Groups.ALL.get(i % Groups.ALL.size()));
                    tasks.setVariablesLocal(task.getId(), Map.of("caseNumber", String.format("CD-2026-%06d", i),
                            "customerName", "Customer " + (i % 5000), "siteCity", cities[i % cities.length],
                            "caseType", types[i % types.length]));
                }
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
