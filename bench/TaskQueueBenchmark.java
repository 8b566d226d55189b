import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.casedesk.CaseDeskApplication;
import com.casedesk.system.Groups;

/**
 * A group's Tasklist queue and the case API over many open tasks, on the H2 file database CaseDesk runs on.
 *
 * <pre>
 * ./mvnw -o -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:$(cat target/cp.txt) bench/TaskQueueBenchmark.java [tasks=100000] [requests=300]
 * </pre>
 *
 * Setup (kept in target/queue-bench and reused by the next run; -Dbench.fresh=true starts over): one case record
 * per task (demo customers and sites, a timeline entry), and one process instance per case of a one-task process
 * whose user task is offered to one of the five work groups in turn. Five template cases are started through the
 * engine like any case, so CaseDesk's task plugin gives each task its due date and priority from the SLA table and
 * its four variable columns; the others are copies of their database rows (see createTasks).
 *
 * Measured as a member of technical-support over HTTP Basic, every kind of request taking its turn in each
 * iteration (after a warm-up): Tasklist's request for the filter "Technical support: Open" (POST
 * /engine-rest/filter/{id}/list, HAL, sorted by due date then priority, 15 per page, the variable columns
 * embedded), the filter's query through POST /engine-rest/task, GET /api/cases/{n} of a random case of the group,
 * and when the application has it GET /api/cases?query=... (a case number, and a word every case's subject has) and
 * GET /api/cases?mine=true. Baseline: GET /engine-rest/engine (the same HTTP
 * path, Basic authentication and REST stack without a query). All of it twice in the same run: without the
 * indexes of db/engine-migration/V190 and db/engine-migration-h2/V191 (dropped), then with them (created again).
 */
public class TaskQueueBenchmark {

    private static final String USER = "bench-support";
    private static final String PASSWORD = "bench-password-" + Long.toHexString(new Random().nextLong());
    private static final String PROCESS = "benchQueue";
    /** CaseDesk's indexes on Camunda's tables as H2 gets them. */
    private static final List<Path> MIGRATIONS = List.of(
            Path.of("src/main/resources/db/engine-migration/V190__task_queue_indexes.sql"),
            Path.of("src/main/resources/db/engine-migration-" + (System.getProperty("bench.db-url", "")
                    .startsWith("jdbc:postgresql:") ? "postgresql" : "h2") + "/V191__case_number_index.sql"));
    /** -Dbench.db-url=jdbc:postgresql://... (with -Dbench.db-user, -Dbench.db-password): measured on PostgreSQL. */
    private static final String DB_URL = System.getProperty("bench.db-url", "");
    private static final String DB_USER = System.getProperty("bench.db-user", "casedesk_ci");
    private static final String DB_PASSWORD = System.getProperty("bench.db-password", "casedesk_ci");
    private static final boolean POSTGRES = DB_URL.startsWith("jdbc:postgresql:");
    private static final String[] TYPES = { "FAULT_REPORT", "INVOICE_QUESTION", "TERMINATION", "SERVICE_REQUEST",
            "GENERAL_INQUIRY" };

    public static void main(String[] args) throws Exception {
        int taskCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path data = Path.of("target", "queue-bench").toAbsolutePath();
        if (Boolean.getBoolean("bench.fresh") && Files.exists(data)) {
            try (var files = Files.walk(data)) {
                files.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        if (POSTGRES && Boolean.getBoolean("bench.fresh")) {
            try (var connection = connect(data); var statement = connection.createStatement()) {
                statement.execute("drop schema public cascade");
                statement.execute("create schema public");
            }
        }
        forgetIndexMigrations(data);
        List<String> appArgs = new ArrayList<>(List.of(
                "--casedesk.data-dir=" + data, "--server.port=" + Integer.getInteger("bench.port", 8194),
                "--casedesk.mail.embedded.smtp-port=3491", "--casedesk.mail.embedded.imap-port=3493",
                "--casedesk.admin.password=queue-bench-admin", "--casedesk.escalation.scan-interval=P3650D",
                "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=WARN", "--logging.level.com.casedesk=WARN"));
        if (POSTGRES) {
            appArgs.addAll(List.of("--spring.datasource.url=" + DB_URL, "--spring.datasource.username=" + DB_USER,
                    "--spring.datasource.password=" + DB_PASSWORD));
        }
        // more application arguments, e.g. -Dbench.app-args=--logging.level.org.camunda.bpm.engine.impl.persistence=DEBUG
        if (!System.getProperty("bench.app-args", "").isBlank()) {
            appArgs.addAll(List.of(System.getProperty("bench.app-args").split(" ")));
        }
        ConfigurableApplicationContext app = new SpringApplication(CaseDeskApplication.class)
                .run(appArgs.toArray(String[]::new));
        try {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            saveUser(app.getBean(IdentityService.class));
            createTasks(app, jdbc, taskCount);
            markOverdueEscalated(app, jdbc);
            System.out.printf("%,d open tasks of %s, %,d task authorizations; load average %s%n",
                    app.getBean(TaskService.class).createTaskQuery().processDefinitionKey(PROCESS).count(), PROCESS,
                    jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = 7", Long.class),
                    loadAverage());
            Map<String, IntFunction<HttpRequest>> kinds = requests(app, jdbc, base);
            String sample = send(kinds.get("Tasklist filter list").apply(0));
            // -Dbench.only=/api/cases: only the baseline and the kinds whose name contains it
            String only = System.getProperty("bench.only", "");
            kinds.keySet().removeIf(kind -> !kind.startsWith("baseline") && !kind.contains(only));
            if (!sample.contains("siteCity") || !sample.contains("\"count\":")) {
                throw new IllegalStateException("the filter answered without the variable columns: " + sample);
            }
            // -Dbench.indexed-only=true: only the pass with the indexes (a search without them can take minutes)
            boolean indexedOnly = Boolean.getBoolean("bench.indexed-only");
            Map<String, double[]> before = new LinkedHashMap<>();
            dropIndexes(jdbc, indexNames());
            if (!indexedOnly) {
                before = measure("without the V190/V191 indexes", kinds, requests);
            }
            long created = System.nanoTime();
            createIndexes(jdbc);
            System.out.printf("V190/V191 indexes created in %.1f s%n", (System.nanoTime() - created) / 1e9);
            Map<String, double[]> after = measure("with the V190/V191 indexes", kinds, requests);
            System.out.printf("%nSummary (%,d tasks, %d requests each, load average now %s):%n", taskCount, requests,
                    loadAverage());
            for (String kind : kinds.keySet()) {
                double[] a = after.get(kind);
                double[] b = before.getOrDefault(kind, new double[] {Double.NaN, Double.NaN});
                System.out.printf("  %-34s p50 %7.1f -> %6.1f ms, p95 %7.1f -> %6.1f ms (%.1fx)%s%n", kind, b[0], a[0],
                        b[1], a[1], b[1] / a[1], kind.startsWith("baseline") ? ""
                                : a[1] <= 50 ? "  goal p95 <= 50 ms: met" : "  goal p95 <= 50 ms: NOT met");
            }
        } finally {
            app.close();
        }
    }

    /**
     * A database kept from an earlier run forgets CaseDesk's engine index migrations, so the start applies them as
     * they are now (they may have changed since; Flyway would refuse a changed checksum).
     */
    private static void forgetIndexMigrations(Path data) throws Exception {
        if (!POSTGRES && !Files.exists(data.resolve("casedesk.mv.db"))) {
            return;
        }
        try (var connection = connect(data); var statement = connection.createStatement()) {
            if (!connection.getMetaData().getTables(null, null, "cd_flyway_engine_history", null).next()) {
                return;
            }
            statement.execute("delete from \"cd_flyway_engine_history\" where \"version\" is not null"
                    + " and \"version\" <> '0'");
            for (String index : indexNames()) {
                statement.execute("drop index if exists " + index);
            }
        }
    }

    private static java.sql.Connection connect(Path data) throws java.sql.SQLException {
        return POSTGRES ? java.sql.DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD)
                : java.sql.DriverManager.getConnection("jdbc:h2:file:" + data.resolve("casedesk"), "casedesk", "");
    }

    /** {@code from} .. {@code to} as a table with the column X. */
    private static String range(int from, int to) {
        return POSTGRES ? "generate_series(" + from + ", " + to + ") r(X)" : "SYSTEM_RANGE(" + from + ", " + to + ") r";
    }

    private static Map<String, IntFunction<HttpRequest>> requests(ConfigurableApplicationContext app, JdbcTemplate jdbc,
            String base) {
        String filterId = app.getBean(FilterService.class).createFilterQuery()
                .filterName("Technical support: Open").singleResult().getId();
        String auth = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String sorting = "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"},"
                + "{\"sortBy\":\"priority\",\"sortOrder\":\"desc\"}]";
        List<String> groupCases = jdbc.queryForList("select case_number from cd_case where case_number like 'CD-2099-%'"
                + " and mod(cast(substring(case_number, 9) as int), 5) = " + Groups.ALL.indexOf(Groups.TECHNICAL_SUPPORT),
                String.class);
        Random random = new Random(42);
        Map<String, IntFunction<HttpRequest>> kinds = new LinkedHashMap<>();
        kinds.put("baseline GET /engine-rest/engine", i -> get(base + "/engine-rest/engine", auth));
        // what Tasklist 7.24 sends for a filter (tasks-data.js: searchQuery + sorting + active; sdk: Filter.getTasks)
        kinds.put("Tasklist filter list", i -> HttpRequest.newBuilder(URI.create(base + "/engine-rest/filter/" + filterId
                + "/list?firstResult=0&maxResults=15")).header("Authorization", auth)
                .header("Content-Type", "application/json").header("Accept", "application/hal+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"processVariables\":[],\"taskVariables\":[],"
                        + "\"caseInstanceVariables\":[]," + sorting + ",\"active\":true}")).build());
        kinds.put("POST /engine-rest/task (filter query)", i -> HttpRequest.newBuilder(URI.create(base
                + "/engine-rest/task?firstResult=0&maxResults=15")).header("Authorization", auth)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"candidateGroup\":\"" + Groups.TECHNICAL_SUPPORT
                        + "\",\"includeAssignedTasks\":true,\"active\":true," + sorting + "}")).build());
        kinds.put("GET /api/cases/{n}", i -> get(base + "/api/cases/" + groupCases.get(random.nextInt(groupCases.size())),
                auth));
        // the case search (issue 12) where the application has it: measured when it answers
        String search = base + "/api/cases?query=" + URLEncoder.encode("CD-2099-0001", StandardCharsets.UTF_8);
        try {
            send(get(search, auth));
            kinds.put("GET /api/cases?query=", i -> get(base + "/api/cases?query=" + URLEncoder.encode(
                    groupCases.get(random.nextInt(groupCases.size())), StandardCharsets.UTF_8), auth));
        } catch (Exception e) {
            System.out.println("GET /api/cases?query= not measured: " + e.getMessage().lines().findFirst().orElse(""));
            return kinds;
        }
        // the broad searches: a word of a group case's subject (it matches every copy of that template) and the
        // group's open cases ("mine"), each row checked for read access
        String subject = jdbc.queryForObject("select subject from cd_case where case_number = ?", String.class,
                groupCases.get(0));
        String word = Arrays.stream(subject.split("[^\\p{L}]+")).max(Comparator.comparingInt(String::length))
                .orElseThrow().toLowerCase(Locale.ROOT);
        System.out.println("GET /api/cases?query=" + word + " matches " + jdbc.queryForObject(
                "select count(*) from cd_case where lower(subject) like ?", Long.class, "%" + word + "%") + " cases");
        kinds.put("GET /api/cases?query=<word>", i -> get(base + "/api/cases?query=" + URLEncoder.encode(word,
                StandardCharsets.UTF_8), auth));
        kinds.put("GET /api/cases?mine=true", i -> get(base + "/api/cases?mine=true", auth));
        return kinds;
    }

    private static Map<String, double[]> measure(String label, Map<String, IntFunction<HttpRequest>> kinds,
            int requests) throws Exception {
        for (int i = 0; i < Integer.getInteger("bench.warmup", 30); i++) {
            for (IntFunction<HttpRequest> kind : kinds.values()) {
                send(kind.apply(i));
            }
        }
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        kinds.keySet().forEach(kind -> millis.put(kind, new ArrayList<>()));
        for (int i = 0; i < requests; i++) {
            for (Map.Entry<String, IntFunction<HttpRequest>> kind : kinds.entrySet()) {
                HttpRequest request = kind.getValue().apply(i);
                long start = System.nanoTime();
                send(request);
                millis.get(kind.getKey()).add((System.nanoTime() - start) / 1e6);
            }
        }
        System.out.printf("%n%s (%d requests each, taking turns; load average %s):%n", label, requests, loadAverage());
        Map<String, double[]> result = new LinkedHashMap<>();
        double baseline = percentile(millis.values().iterator().next(), 50);
        for (Map.Entry<String, List<Double>> kind : millis.entrySet()) {
            double p50 = percentile(kind.getValue(), 50);
            double p95 = percentile(kind.getValue(), 95);
            result.put(kind.getKey(), new double[] { p50, p95 });
            System.out.printf("  %-34s p50 %7.1f ms, p95 %7.1f ms, max %7.1f ms; p50 %5.1fx baseline%n", kind.getKey(),
                    p50, p95, percentile(kind.getValue(), 100), p50 / baseline);
        }
        return result;
    }

    private static void saveUser(IdentityService identity) {
        User user = identity.createUserQuery().userId(USER).singleResult();
        if (user == null) {
            user = identity.newUser(USER);
            identity.saveUser(user);
            identity.createMembership(USER, Groups.TECHNICAL_SUPPORT);
        }
        user.setPassword(PASSWORD);
        identity.saveUser(user);
    }

    /**
     * Five template cases (one per group) go through the engine like any case; the rest are copies of their rows
     * in Camunda's runtime and history tables and in cd_case (ids suffixed, case number and due date varied),
     * made by INSERT ... SELECT: through the engine the machine managed ~20 tasks/s, hours for 100,000.
     */
    private static void createTasks(ConfigurableApplicationContext app, JdbcTemplate jdbc, int count) {
        RuntimeService runtime = app.getBean(RuntimeService.class);
        long existing = app.getBean(TaskService.class).createTaskQuery().processDefinitionKey(PROCESS).count();
        if (existing >= count) {
            return;
        }
        if (existing > 0) {
            throw new IllegalStateException(existing + " benchmark tasks from an earlier run, fewer than " + count
                    + ": run with -Dbench.fresh=true");
        }
        app.getBean(RepositoryService.class).createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(PROCESS).name("Queue benchmark").camundaHistoryTimeToLive(180)
                        .startEvent().userTask("handleCase").name("Handle case").camundaCandidateGroups("${group}")
                        .endEvent().done()).deploy();
        List<Map<String, Object>> sites = jdbc.queryForList("select s.site_id, c.customer_number from cd_site s"
                + " join cd_customer c on c.id = s.customer_id order by s.id");
        int groups = Groups.ALL.size();
        List<String> templates = new ArrayList<>();
        app.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            for (int i = 0; i < groups; i++) {
                Map<String, Object> site = sites.get(i % sites.size());
                jdbc.update("insert into cd_case (case_number, case_type, status, subject, customer_number, site_id,"
                        + " created_at) values (?, ?, 'OPEN', ?, ?, ?, ?)", caseNumber(i), TYPES[i], "Benchmark case " + i,
                        site.get("customer_number"), site.get("site_id"), Timestamp.from(Instant.now()));
                jdbc.update("insert into cd_case_event (case_number, occurred_at, kind, summary) values (?, ?, 'OPENED',"
                        + " 'Benchmark case opened')", caseNumber(i), Timestamp.from(Instant.now()));
                templates.add(runtime.startProcessInstanceByKey(PROCESS, caseNumber(i), Map.of("caseNumber",
                        caseNumber(i), "group", Groups.ALL.get(i), "urgent", i == 1)).getId());
            }
        });
        long started = System.nanoTime();
        int copies = (count - 1) / groups; // copy c of template i is case c * groups + i
        for (int i = 0; i < groups; i++) {
            String instance = templates.get(i);
            String templateCase = caseNumber(i);
            String index = "(r.X * " + groups + " + " + i + ")";
            String newCase = "CONCAT('CD-2099-', LPAD(CAST(" + index + " AS VARCHAR), 6, '0'))";
            List<String> taskIds = jdbc.queryForList("select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?", String.class,
                    instance);
            String tasks = "('" + String.join("','", taskIds) + "')";
            Map<String, String> rows = new LinkedHashMap<>();
            for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_HI_PROCINST",
                    "ACT_HI_TASKINST", "ACT_HI_VARINST")) {
                // (ACT_HI_ACTINST and ACT_HI_DETAIL are not copied: no measured request reads them)
                rows.put(table, "PROC_INST_ID_ = '" + instance + "'");
            }
            rows.put("ACT_RU_IDENTITYLINK", "TASK_ID_ in " + tasks);
            rows.put("ACT_HI_IDENTITYLINK", "TASK_ID_ in " + tasks);
            rows.put("ACT_RU_AUTHORIZATION", "RESOURCE_ID_ in " + tasks);
            List<String> ids = new ArrayList<>(List.of(instance));
            ids.addAll(taskIds);
            rows.forEach((table, where) -> ids.addAll(jdbc.queryForList("select ID_ from " + table + " where " + where,
                    String.class)));
            String idList = "('" + String.join("','", ids) + "')";
            for (Map.Entry<String, String> table : rows.entrySet()) {
                List<String> columns = new ArrayList<>();
                List<String> values = new ArrayList<>();
                jdbc.query("select COLUMN_NAME, DATA_TYPE from INFORMATION_SCHEMA.COLUMNS where upper(TABLE_NAME) = ?"
                        + " and upper(TABLE_SCHEMA) = upper(CURRENT_SCHEMA) order by ORDINAL_POSITION", row -> {
                    String column = row.getString(1).toUpperCase(java.util.Locale.ROOT);
                    String type = row.getString(2).toUpperCase(java.util.Locale.ROOT);
                    columns.add(column);
                    if (type.contains("CHAR")) {
                        values.add("CASE WHEN t." + column + " IN " + idList + " THEN CONCAT(t." + column + ", '-', "
                                + index + ") WHEN t." + column + " = '" + templateCase + "' THEN " + newCase
                                + " ELSE t." + column + " END");
                    } else if (column.equals("DUE_DATE_")) {
                        // due dates spread over ten days either side of the template's
                        values.add(POSTGRES ? "t.DUE_DATE_ + (MOD(" + index + " * 37, 28800) - 14400) * INTERVAL '1 minute'"
                                : "DATEADD(MINUTE, MOD(" + index + " * 37, 28800) - 14400, t.DUE_DATE_)");
                    } else {
                        values.add("t." + column);
                    }
                }, table.getKey());
                for (int from = 1; from <= copies; from += 5000) {
                    jdbc.update("insert into " + table.getKey() + " (" + String.join(", ", columns) + ") select "
                            + String.join(", ", values) + " from " + table.getKey() + " t, " + range(from,
                            Math.min(copies, from + 4999)) + " where t." + table.getValue());
                }
            }
            String caseColumns = "case_type, status, subject, customer_number, site_id, created_at";
            jdbc.update("insert into cd_case (case_number, " + caseColumns + ") select " + newCase + ", " + caseColumns
                    + " from cd_case t, " + range(1, copies) + " where t.case_number = ?", caseNumber(i));
            jdbc.update("insert into cd_case_event (case_number, occurred_at, kind, summary) select " + newCase
                    + ", t.occurred_at, t.kind, t.summary from cd_case_event t, " + range(1, copies)
                    + " where t.case_number = ?", caseNumber(i));
            System.out.printf("  group %s: %,d copies, %.0f s so far, load average %s%n", Groups.ALL.get(i), copies,
                    (System.nanoTime() - started) / 1e9, loadAverage());
        }
        jdbc.execute("ANALYZE");
    }

    /**
     * The copies' overdue tasks count as escalated already, as they would be in a running centre: otherwise the
     * overdue scan (which runs once at start) escalates tens of thousands of them while the requests are measured.
     * Under the scan's own database lock, so the two never escalate the same task.
     */
    private static void markOverdueEscalated(ConfigurableApplicationContext app, JdbcTemplate jdbc)
            throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                int marked = app.getBean(TransactionTemplate.class).execute(status -> {
                    app.getBean(com.casedesk.system.DatabaseLock.class).acquire("overdue-task-escalation");
                    return jdbc.update("insert into cd_task_escalation (task_id, due_at, escalated_at) select t.ID_,"
                            + " t.DUE_DATE_, LOCALTIMESTAMP from ACT_RU_TASK t where t.DUE_DATE_ < LOCALTIMESTAMP"
                            + " and not exists (select 1 from cd_task_escalation e where e.task_id = t.ID_)");
                });
                System.out.printf("%,d overdue tasks marked as escalated before measuring%n", marked);
                return;
            } catch (org.springframework.dao.TransientDataAccessException scanHoldsTheLock) {
                if (attempt == 600) {
                    throw scanHoldsTheLock;
                }
                Thread.sleep(500); // the scan started with the application holds it while it escalates a batch
            }
        }
    }

    private static String caseNumber(int i) {
        return String.format("CD-2099-%06d", i);
    }

    /** The index names of the migration, so that the same file is what is measured and what is shipped. */
    private static List<String> indexNames() throws Exception {
        List<String> names = new ArrayList<>();
        for (String statement : statements()) {
            var matcher = java.util.regex.Pattern.compile("(?i)create\\s+index\\s+(\\w+)\\s+on\\s+(\\w+)")
                    .matcher(statement);
            if (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private static void dropIndexes(JdbcTemplate jdbc, List<String> names) {
        names.forEach(name -> jdbc.execute("drop index if exists " + name));
        jdbc.execute("ANALYZE");
    }

    private static void createIndexes(JdbcTemplate jdbc) throws Exception {
        statements().forEach(jdbc::execute);
        jdbc.execute("ANALYZE");
    }

    private static List<String> statements() throws Exception {
        List<String> statements = new ArrayList<>();
        for (Path migration : MIGRATIONS) {
            String sql = Files.readString(migration).lines().filter(line -> !line.strip().startsWith("--"))
                    .reduce("", (a, b) -> a + "\n" + b);
            java.util.Arrays.stream(sql.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(statements::add);
        }
        return statements;
    }

    private static HttpRequest get(String url, String auth) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Accept", "application/json").GET().build();
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1,
                (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)));
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (Exception e) {
            return "?";
        }
    }
}
