package dev.relacja.tasks.impl.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskQuery;
import dev.relacja.tasks.api.TaskSlot;
import dev.relacja.tasks.api.TaskStatus;
import dev.relacja.tasks.api.TeamMemberSummary;
import dev.relacja.tasks.impl.TasksFixture;
import dev.relacja.testing.Latencies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds 1,000,000 tasks across 200 operators (20 teams of a supervisor and 9 operators) and times "my open
 * tasks, page 1", the supervisor's overview and the calendar's month view (one operator, twenty) through the
 * service layer, next to the same queries in raw SQL over JDBC on the same database. Prints {@code BENCH …} lines; asserts only that answers agree.
 *
 * <p>Runs only under the {@code bench} profile: {@code mvn -Pbench test -pl bundles/tasks/impl -am}.
 * Knobs (system properties): {@code relacja.bench.tasks} (1000000), {@code relacja.bench.runs} (400),
 * {@code relacja.bench.warmups} (100).
 */
@EnabledIfSystemProperty(named = "relacja.bench", matches = "true",
        disabledReason = "a benchmark, not a test: run it with mvn -Pbench test")
class TasksBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(TasksBenchmark.class);
    private static final int TASKS = Integer.getInteger("relacja.bench.tasks", 1_000_000);
    private static final int RUNS = Integer.getInteger("relacja.bench.runs", 400);
    private static final int WARM_UPS = Integer.getInteger("relacja.bench.warmups", 100);
    private static final int TEAMS = 20;
    private static final int TEAM_SIZE = 10;
    private static final int OPERATORS = TEAMS * TEAM_SIZE;
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    /** The calendar's default {@code maxItems}. */
    private static final int CALENDAR_CAP = 2000;
    static {
        // Derby's default page cache (1,000 pages) thrashes on a million rows with eight indexes; the
        // distribution sets the same size in etc/custom.system.properties
        System.setProperty("derby.storage.pageCacheSize", "20000");
    }

    private static final String MY_OPEN_SQL = "SELECT * FROM tasks_task WHERE owner_id = ? AND status = 0"
            + " ORDER BY deadline, id FETCH FIRST 20 ROWS ONLY";

    @Test
    void myOpenTasksAndTheTeamOverviewAtAMillionTasks() throws Exception {
        try (TasksFixture fx = new TasksFixture(Clock.fixed(NOW, ZONE))) {
            List<Operator> operators = operators(fx);
            long seedStart = System.nanoTime();
            seed(fx, operators);
            LOG.info("BENCH data: {} tasks ({} log lines) for {} operators in {} teams, seeded in {} s;"
                    + " Derby 10.14 in memory, territory=pl_PL collation",
                    String.format(Locale.ROOT, "%,d", TASKS), String.format(Locale.ROOT, "%,d", TASKS / 5), OPERATORS,
                    TEAMS, (System.nanoTime() - seedStart) / 1_000_000_000);

            try (Connection jdbc = fx.db.dataSource().getConnection()) {
                Random pick = new Random(7);
                Latencies service = time(() -> {
                    Operator me = operators.get(pick.nextInt(OPERATORS));
                    fx.as(me);
                    long start = System.nanoTime();
                    Page<Task> page = fx.tasks.search(TaskQuery.builder().owner(me.username()).status(TaskStatus.OPEN)
                            .build(), new PageRequest(0, 20));
                    long took = System.nanoTime() - start;
                    assertEquals(20, page.items().size());
                    return took;
                });
                Latencies raw = time(() -> {
                    Operator me = operators.get(pick.nextInt(OPERATORS));
                    long start = System.nanoTime();
                    int rows = rawMyOpen(jdbc, me.id());
                    long took = System.nanoTime() - start;
                    assertEquals(20, rows);
                    return took;
                });
                report("my open tasks, page 1 (20 of ~1,500)", service, raw);
                checkSameFirstPage(fx, jdbc, operators.get(3));

                Latencies overview = time(() -> {
                    Operator supervisor = operators.get(pick.nextInt(TEAMS) * TEAM_SIZE);
                    fx.as(supervisor);
                    long start = System.nanoTime();
                    List<TeamMemberSummary> lines = fx.tasks.teamOverview();
                    long took = System.nanoTime() - start;
                    assertEquals(TEAM_SIZE, lines.size());
                    return took;
                });
                Latencies rawOverview = time(() -> {
                    int team = pick.nextInt(TEAMS);
                    long start = System.nanoTime();
                    rawOverview(jdbc, team * TEAM_SIZE + 1L, team * TEAM_SIZE + TEAM_SIZE);
                    return System.nanoTime() - start;
                });
                report("supervisor overview (10 operators, ~50,000 tasks)", overview, rawOverview);

                monthView(fx, jdbc, pick, 1);
                monthView(fx, jdbc, pick, 2 * TEAM_SIZE);
            }
        }
    }

    /**
     * The calendar's month view ({@code TaskService.slots}: the shown columns only, capped at the calendar's
     * default of {@value #CALENDAR_CAP} items) for {@code owners} consecutive operators, as an admin, next to the
     * same overlap in raw SQL reading every column of every matching row.
     */
    private static void monthView(TasksFixture fx, Connection jdbc, Random pick, int owners) {
        Operator admin = fx.operator(OPERATORS + owners, "kalendarz" + owners, Role.ADMIN, null);
        Instant from = LocalDate.of(2026, 11, 1).atStartOfDay(ZONE).toInstant();
        Instant to = LocalDate.of(2026, 12, 1).atStartOfDay(ZONE).toInstant();
        int[] rows = new int[1];
        Latencies service = time(() -> {
            long first = 1L + pick.nextInt(OPERATORS - owners + 1);
            Set<Long> ids = LongStream.range(first, first + owners).boxed().collect(Collectors.toSet());
            fx.as(admin);
            long start = System.nanoTime();
            List<TaskSlot> slots = fx.tasks.slots(ids, from, to, CALENDAR_CAP);
            long took = System.nanoTime() - start;
            assertTrue(!slots.isEmpty());
            return took;
        });
        Latencies raw = time(() -> {
            long first = 1L + pick.nextInt(OPERATORS - owners + 1);
            long start = System.nanoTime();
            rows[0] = rawMonth(jdbc, first, first + owners - 1, from, to);
            return System.nanoTime() - start;
        });
        report(String.format(Locale.ROOT, "month view, %d operator(s) (raw: ~%,d rows)", owners, rows[0]), service,
                raw);
    }

    /** Operator ids 1..200; in each team of ten, the first supervises the other nine. */
    private static List<Operator> operators(TasksFixture fx) {
        List<Operator> operators = new ArrayList<>();
        for (int i = 0; i < OPERATORS; i++) {
            long id = i + 1L;
            boolean supervisor = i % TEAM_SIZE == 0;
            Long boss = supervisor ? null : (long) (i - i % TEAM_SIZE + 1);
            operators.add(fx.operator(id, "op" + id, supervisor ? Role.MANAGER : Role.OPERATOR, boss));
        }
        return operators;
    }

    /**
     * 30 % of the tasks open; deadlines from a year ago to half a year ahead; one in five delegated by the
     * team's supervisor; one log line with time spent for every fifth task, within the last two weeks.
     */
    private static void seed(TasksFixture fx, List<Operator> operators) throws SQLException, IOException {
        Random random = new Random(20_261_125L);
        List<String> indexes = taskIndexes();
        try (Connection c = fx.db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            // a bulk load into a table with seven secondary indexes crawls through Derby's page cache;
            // loading without them and building them afterwards (by sorting) takes a fraction of the time
            try (Statement statement = c.createStatement()) {
                for (String index : indexes) {
                    statement.executeUpdate("DROP INDEX " + index.replaceAll("(?s)CREATE INDEX (\\w+) ON.*", "$1"));
                }
            }
            String insertTask = "INSERT INTO tasks_task (title, description, type_code, activity, owner_id, delegated_by_id,"
                    + " created_by_id, priority, stage_code, status, percent_done, percent_manual, start_at, deadline,"
                    + " completed_at, tags, root_id, depth, search_text, created_at, updated_at, version)"
                    + " VALUES (?, ?, 'task', FALSE, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, '', NULL, 0, ?, ?, ?, 0)";
            String insertLog = "INSERT INTO tasks_log (task_id, logged_at, operator_id, kind, minutes_spent)"
                    + " VALUES (?, ?, ?, 'WORK', ?)";
            try (PreparedStatement task = c.prepareStatement(insertTask);
                    PreparedStatement log = c.prepareStatement(insertLog)) {
                for (int i = 1; i <= TASKS; i++) {
                    int ownerIndex = random.nextInt(OPERATORS);
                    long owner = ownerIndex + 1L;
                    long supervisor = ownerIndex - ownerIndex % TEAM_SIZE + 1L;
                    boolean open = random.nextInt(10) < 3;
                    Instant deadline = NOW.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)))
                            .plus(Duration.ofDays(random.nextInt(180)));
                    String title = "Zadanie " + i + " dla klienta " + random.nextInt(50_000);
                    task.setString(1, title);
                    task.setString(2, null);
                    task.setLong(3, owner);
                    if (random.nextInt(5) == 0 && supervisor != owner) {
                        task.setLong(4, supervisor);
                    } else {
                        task.setNull(4, java.sql.Types.BIGINT);
                    }
                    task.setLong(5, owner);
                    task.setShort(6, (short) random.nextInt(4));
                    task.setString(7, open ? "in-progress" : "done");
                    task.setShort(8, (short) (open ? 0 : 1));
                    task.setShort(9, (short) (open ? random.nextInt(100) : 100));
                    task.setTimestamp(10, Timestamp.from(deadline.minus(Duration.ofDays(7))));
                    task.setTimestamp(11, Timestamp.from(deadline));
                    task.setTimestamp(12, open ? null : Timestamp.from(deadline.minus(Duration.ofDays(1))));
                    task.setString(13, title.toLowerCase(Locale.ROOT));
                    task.setTimestamp(14, Timestamp.from(deadline.minus(Duration.ofDays(10))));
                    task.setTimestamp(15, Timestamp.from(deadline.minus(Duration.ofDays(1))));
                    task.addBatch();
                    if (i % 5_000 == 0) {
                        task.executeBatch();
                        c.commit();
                    }
                }
                task.executeBatch();
                try (Statement statement = c.createStatement()) {
                    statement.executeUpdate("UPDATE tasks_task SET root_id = id");
                    for (String index : indexes) {
                        statement.executeUpdate(index);
                    }
                }
                c.commit();
                for (int i = 1; i <= TASKS / 5; i++) {
                    log.setLong(1, i * 5L);
                    log.setTimestamp(2, Timestamp.from(NOW.minus(Duration.ofMinutes(random.nextInt(14 * 24 * 60)))));
                    log.setLong(3, random.nextInt(OPERATORS) + 1L);
                    log.setInt(4, 15 + random.nextInt(120));
                    log.addBatch();
                    if (i % 5_000 == 0) {
                        log.executeBatch();
                        c.commit();
                    }
                }
                log.executeBatch();
                c.commit();
            }
            // what Derby's background statistics daemon would have done by now on a live database
            try (Statement statement = c.createStatement()) {
                statement.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'TASKS_TASK', NULL)");
                statement.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'TASKS_LOG', NULL)");
            }
            c.commit();
        }
    }

    /** The module's own CREATE INDEX statements on tasks_task, from its migration scripts. */
    private static List<String> taskIndexes() throws IOException {
        List<String> indexes = new ArrayList<>();
        for (String migration : List.of("V1__tasks.sql", "V2__calendar_index.sql")) {
            try (InputStream script = TasksBenchmark.class.getResourceAsStream("/db/tasks/" + migration)) {
                String sql = new String(script.readAllBytes(), StandardCharsets.UTF_8);
                Matcher matcher = Pattern.compile("CREATE INDEX \\w+ ON tasks_task \\([^)]*\\)").matcher(sql);
                while (matcher.find()) {
                    indexes.add(matcher.group());
                }
            }
        }
        assertTrue(indexes.size() >= 6, "the migrations' indexes: " + indexes);
        return indexes;
    }

    /** The calendar's overlap rule in plain SQL over the owners {@code from}..{@code to}; the rows read. */
    private static int rawMonth(Connection c, long from, long to, Instant start, Instant end) {
        try (PreparedStatement query = c.prepareStatement("SELECT * FROM tasks_task WHERE owner_id BETWEEN ? AND ?"
                + " AND ((start_at IS NOT NULL AND start_at < ? AND (deadline >= ? OR (deadline IS NULL AND start_at >= ?)))"
                + " OR (start_at IS NULL AND deadline >= ? AND deadline < ?))"
                + " ORDER BY COALESCE(start_at, deadline), id")) {
            Timestamp startAt = Timestamp.from(start);
            Timestamp endAt = Timestamp.from(end);
            query.setLong(1, from);
            query.setLong(2, to);
            query.setTimestamp(3, endAt);
            query.setTimestamp(4, startAt);
            query.setTimestamp(5, startAt);
            query.setTimestamp(6, startAt);
            query.setTimestamp(7, endAt);
            int rows = 0;
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    result.getString("title");
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int rawMyOpen(Connection c, long owner) {
        try (PreparedStatement query = c.prepareStatement(MY_OPEN_SQL)) {
            query.setLong(1, owner);
            int rows = 0;
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    result.getString("title");
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The overview's three grouped queries in plain SQL over the operators {@code from}..{@code to}. */
    private static void rawOverview(Connection c, long from, long to) {
        Timestamp now = Timestamp.from(NOW);
        Timestamp weekStart = Timestamp.from(LocalDate.ofInstant(NOW, ZONE)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(ZONE).toInstant());
        String[] queries = {
            "SELECT owner_id, COUNT(*), SUM(CASE WHEN deadline < ? THEN 1 ELSE 0 END) FROM tasks_task"
                    + " WHERE owner_id BETWEEN ? AND ? AND status = 0 GROUP BY owner_id",
            "SELECT owner_id, COUNT(*) FROM tasks_task WHERE completed_at >= ? AND owner_id BETWEEN ? AND ? GROUP BY owner_id",
            "SELECT operator_id, SUM(minutes_spent) FROM tasks_log WHERE logged_at >= ? AND operator_id BETWEEN ? AND ?"
                    + " AND minutes_spent IS NOT NULL GROUP BY operator_id"};
        Timestamp[] times = {now, weekStart, weekStart};
        try {
            for (int q = 0; q < queries.length; q++) {
                try (PreparedStatement query = c.prepareStatement(queries[q])) {
                    query.setTimestamp(1, times[q]);
                    query.setLong(2, from);
                    query.setLong(3, to);
                    try (ResultSet result = query.executeQuery()) {
                        while (result.next()) {
                            result.getLong(2);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkSameFirstPage(TasksFixture fx, Connection c, Operator me) throws SQLException {
        fx.as(me);
        List<Long> service = fx.tasks.search(TaskQuery.builder().owner(me.username()).status(TaskStatus.OPEN).build(),
                new PageRequest(0, 20)).items().stream().map(Task::id).toList();
        List<Long> raw = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(MY_OPEN_SQL)) {
            query.setLong(1, me.id());
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    raw.add(result.getLong("id"));
                }
            }
        }
        assertEquals(raw, service, "the service answers what the raw query answers");
        assertTrue(service.size() == 20);
    }

    private static Latencies time(LongSupplier run) {
        for (int i = 0; i < WARM_UPS; i++) {
            run.getAsLong();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            nanos[i] = run.getAsLong();
        }
        return Latencies.of(nanos);
    }

    private static void report(String what, Latencies service, Latencies raw) {
        LOG.info(String.format(Locale.ROOT, "BENCH %s: service p50 %.2f ms, p95 %.2f ms | raw SQL p50 %.2f ms,"
                + " p95 %.2f ms | p95 ratio %.1f (%d runs each)", what, service.medianMs(), service.p95Ms(),
                raw.medianMs(), raw.p95Ms(), service.p95Ms() / raw.p95Ms(), service.runs()));
    }
}
