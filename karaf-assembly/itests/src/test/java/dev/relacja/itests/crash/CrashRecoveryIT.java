package dev.relacja.itests.crash;

import static dev.relacja.itests.crash.RestClient.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.relacja.itests.TestPorts;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The external crash harness: starts the built distribution with {@code bin/start}, drives it over REST,
 * kills it with {@code kill -9}, starts it again and checks what survived. Later modules add their crash
 * scenarios here (the mailbox's use a mail account configured on the shared GreenMail).
 *
 * <p>All scenarios share one instance under {@code target/crash/recovery}, as all modules share one
 * database: a first start costs 15-35 s here, a restart 10-30 s, so each scenario adds only its own kill
 * and restart. A scenario therefore checks only its own records — found by id, or by a tag of its own —
 * never global totals, and does not depend on the order scenarios run in.
 *
 * <p>Numbering after a crash is covered by the cyclic run scenario: its invoices take a series of their own,
 * whose numbers must run from 1 without a gap or a repeat across the kill.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class CrashRecoveryIT {
    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryIT.class);
    /** Generous: a restart after kill -9 includes Derby's log recovery, and the 2 cores are shared. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final String PASSWORD = "Crash-Test-Admin-Passw0rd";
    /** What later starts put into RELACJA_ADMIN_PASSWORD: it must not create or reset the admin. */
    private static final String OTHER_PASSWORD = "Another-Password-After-The-Crash";
    private static final String INITIAL_PASSWORD_FILE = "relacja-data/initial-admin-password";
    /**
     * Messages worth reading after a crash: recovery, corruption, Derby's storage errors (SQLState XS…).
     * Logged, not asserted; the look-behind skips paths such as target/crash/recovery.
     */
    private static final Pattern RECOVERY_MESSAGES = Pattern.compile("(?i)(?<![/\\w.-])recover|corrupt|\\bXS[A-Z0-9]{3}\\b");

    private static KarafProcess karaf;
    /** The SMTP server of alert e-mails and of the mail account, and the account's IMAP server, in this JVM on loopback. */
    private static GreenMail smtp;
    /** The company mailbox on that GreenMail, which the mail account receives from. */
    private static GreenMailUser company;

    @BeforeAll
    static void firstStart() {
        karaf = KarafProcess.unpack("recovery", PASSWORD);
        int smtpPort = TestPorts.free();
        int imapPort = TestPorts.free();
        smtp = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        smtp.start();
        company = smtp.setUser(MAIL_ADDRESS, MAIL_ADDRESS, MAIL_PASSWORD);
        // a mail account on the same GreenMail: the mailbox scenarios send through it and receive into it
        Map<String, String> account = Map.ofEntries(Map.entry("name", MAIL_ACCOUNT), Map.entry("address", MAIL_ADDRESS),
                Map.entry("imapHost", "127.0.0.1"), Map.entry("imapPort", Integer.toString(imapPort)),
                Map.entry("imapSecurity", "NONE"), Map.entry("imapPassword", MAIL_PASSWORD),
                Map.entry("smtpHost", "127.0.0.1"), Map.entry("smtpPort", Integer.toString(smtpPort)),
                Map.entry("smtpSecurity", "NONE"), Map.entry("sentFolder", ""), Map.entry("pollSeconds", "5"));
        account.forEach((key, value) -> karaf.configure("dev.relacja.mailbox.account-" + MAIL_ACCOUNT, key, value));
        // alerts tick every 2 s (a tick every 30 s would make the alert scenario slow) and mail this GreenMail
        karaf.configure("dev.relacja.scheduling", "alertTickSeconds", "2")
                .configure("dev.relacja.scheduling", "alertRetrySeconds", "2")
                .configure("dev.relacja.scheduling.mail", "host", "127.0.0.1")
                .configure("dev.relacja.scheduling.mail", "port", Integer.toString(smtpPort))
                .configure("dev.relacja.scheduling.mail", "security", "NONE")
                .configure("dev.relacja.scheduling.mail", "from", "relacja@relacja.test");
        karaf.start(READY_TIMEOUT);
        // only the very first start may create the admin; every later one offers another password
        karaf.environment(KarafProcess.ADMIN_PASSWORD_VARIABLE, OTHER_PASSWORD);
    }

    /** A scenario that failed between its kill and its restart leaves Karaf down for the next one. */
    @BeforeEach
    void running() {
        if (!karaf.isRunning()) {
            karaf.start(READY_TIMEOUT);
        }
    }

    @AfterAll
    static void noKarafSurvives() {
        if (karaf != null) {
            karaf.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    // ------------------------------------------------------------------------------------------------ 1

    private static final String COMMITTED_TAG = "crash-committed";

    /**
     * Everything the API answered as done — counterparties, contact persons, a file, a task tree with
     * reported work, an update with If-Match — is there after kill -9 and a restart, and the restart
     * neither creates nor resets the admin.
     */
    @Test
    void committedWorkSurvivesKill9() throws Exception {
        RestClient api = karaf.admin();
        assertFalse(Files.exists(karaf.base().resolve(INITIAL_PASSWORD_FILE)),
                "RELACJA_ADMIN_PASSWORD was set, yet Relacja generated " + INITIAL_PASSWORD_FILE);

        Map<Long, Map<String, Object>> counterparties = new LinkedHashMap<>();
        for (int i = 1; i <= 50; i++) {
            Map<String, Object> draft = counterparty(i);
            HttpResponse<String> created = api.postJson("counterparties", draft);
            assertNotNull(created.headers().firstValue("Location").orElse(null), "POST answered no Location");
            counterparties.put(json(created, 201).path("id").asLong(), draft);
        }
        List<Long> ids = new ArrayList<>(counterparties.keySet());

        Map<Long, List<String>> contactPersons = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 10) {
            String name = "Łucja Kontaktowa " + i;
            json(api.postJson("counterparties/" + ids.get(i) + "/contact-persons",
                    Map.of("name", name, "role", "Księgowa")), 201);
            contactPersons.put(ids.get(i), List.of(name));
        }

        long fileOwner = ids.get(0);
        byte[] content = new byte[300 * 1024];
        new Random(20240601L).nextBytes(content);
        JsonNode file = json(api.post("files?type=counterparty&id=" + fileOwner + "&name=umowa.pdf",
                "application/pdf", content, Duration.ofSeconds(60)), 201);
        long fileId = file.path("id").asLong();
        assertEquals(sha256(content), file.path("sha256").asText().toLowerCase(), "sha256 of the stored file");

        long updatedId = ids.get(1);
        HttpResponse<String> before = api.get("counterparties/" + updatedId);
        String staleTag = before.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("GET sent no ETag"));
        Map<String, Object> changed = new LinkedHashMap<>(counterparties.get(updatedId));
        changed.put("name", "Zmieniony po aktualizacji");
        changed.put("tags", List.of(COMMITTED_TAG, "vip"));
        changed.put("emails", List.of("biuro@example.pl"));
        HttpResponse<String> update = api.putJson("counterparties/" + updatedId, changed, staleTag);
        json(update, 200);
        String currentTag = update.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("PUT sent no ETag"));
        assertNotEquals(staleTag, currentTag, "an update must change the ETag");
        counterparties.put(updatedId, changed);

        // a task tree with reported work: its derived percent and its log must come back as answered
        long mainTask = json(api.postJson("tasks", Map.of("title", "Wdrożenie po awarii", "type", "task",
                "counterpartyId", ids.get(2))), 201).path("id").asLong();
        long firstSubtask = json(api.postJson("tasks/" + mainTask + "/subtasks", Map.of("title", "Instalacja")), 201)
                .path("id").asLong();
        json(api.postJson("tasks/" + mainTask + "/subtasks", Map.of("title", "Szkolenie")), 201);
        json(api.postJson("tasks/" + firstSubtask + "/log",
                Map.of("percentDone", 60, "minutesSpent", 90, "comment", "Serwer zainstalowany")), 200);
        JsonNode mainBefore = json(api.get("tasks/" + mainTask), 200);
        assertEquals(30, mainBefore.path("percentDone").asInt(), "percent derived from 60 % and 0 %");
        int logLines = json(api.get("tasks/" + firstSubtask + "/log"), 200).size();

        karaf.kill9();
        restart();

        JsonNode mainAfter = json(api.get("tasks/" + mainTask), 200);
        assertEquals(30, mainAfter.path("percentDone").asInt(), "the main task's percent after the restart");
        assertEquals(mainBefore.path("version").asLong(), mainAfter.path("version").asLong(), "its version");
        assertEquals(2, json(api.get("tasks/" + mainTask + "/subtasks"), 200).size(), "sub-tasks after the restart");
        JsonNode log = json(api.get("tasks/" + firstSubtask + "/log"), 200);
        assertEquals(logLines, log.size(), "the sub-task's log after the restart: " + log);
        assertTrue(log.toString().contains("Serwer zainstalowany"), "the reported work after the restart: " + log);

        assertEquals(50, api.total("counterparties?size=1&tag=" + COMMITTED_TAG), "counterparties after the restart");
        for (Map.Entry<Long, Map<String, Object>> expected : counterparties.entrySet()) {
            JsonNode stored = json(api.get("counterparties/" + expected.getKey()), 200);
            for (String field : List.of("code", "name", "kind", "nip")) {
                Object value = expected.getValue().get(field);
                assertEquals(value == null ? null : value.toString(),
                        stored.path(field).isNull() ? null : stored.path(field).asText(),
                        field + " of counterparty " + expected.getKey());
            }
            List<String> persons = names(json(api.get("counterparties/" + expected.getKey() + "/contact-persons"), 200));
            assertEquals(contactPersons.getOrDefault(expected.getKey(), List.of()), persons,
                    "contact persons of counterparty " + expected.getKey());
        }
        HttpResponse<String> afterUpdate = api.get("counterparties/" + updatedId);
        JsonNode updated = json(afterUpdate, 200);
        assertEquals(Set.of(COMMITTED_TAG, "vip"), Set.copyOf(texts(updated.path("tags"))), "tags set by the update");
        assertEquals(List.of("biuro@example.pl"), texts(updated.path("emails")), "e-mails set by the update");
        assertEquals(currentTag, afterUpdate.headers().firstValue("ETag").orElse(null), "version after the restart");
        assertEquals(412, api.putJson("counterparties/" + updatedId, changed, staleTag).statusCode(),
                "the pre-update ETag must stay stale after the restart");

        JsonNode files = json(api.get("files?type=counterparty&id=" + fileOwner), 200);
        assertEquals(1, files.size(), "files of counterparty " + fileOwner + ": " + files);
        assertEquals(fileId, files.get(0).path("id").asLong());
        HttpResponse<byte[]> download = api.getBytes("files/" + fileId + "/content");
        assertEquals(200, download.statusCode(), "downloading file " + fileId);
        assertArrayEquals(content, download.body(), "the file must come back byte for byte");

        assertEquals(401, karaf.client(KarafProcess.ADMIN, OTHER_PASSWORD).get("counterparties?size=1").statusCode(),
                "a restart with another RELACJA_ADMIN_PASSWORD must not create or reset the admin");
        JsonNode operators = json(api.get("operators"), 200).path("items");
        assertEquals(1, StreamSupport.stream(operators.spliterator(), false)
                .filter(o -> KarafProcess.ADMIN.equals(o.path("username").asText())).count(),
                "operators named admin after the restart: " + operators);
        assertFalse(Files.exists(karaf.base().resolve(INITIAL_PASSWORD_FILE)),
                "RELACJA_ADMIN_PASSWORD was set, yet Relacja generated " + INITIAL_PASSWORD_FILE);
    }

    // ------------------------------------------------------------------------------------------------ 2

    private static final int IMPORT_ROWS = 20_000;
    private static final String IMPORT_TAG = "crash-import";
    /** This scenario's counterparties, and only those: the list filtered by its tag. */
    private static final String IMPORTED = "counterparties?tag=" + IMPORT_TAG;
    private static final String IMPORTED_COUNT = IMPORTED + "&size=1";
    private static final int IMPORT_BATCH = 500;

    /**
     * A CSV import killed midway keeps every batch it committed and no part of the one it was in: the
     * survivors are whole batches, exactly the file's first rows, and a re-import with update completes.
     *
     * <p>Timing: the import takes 20-30 s for 20,000 rows here (40 batches of 500, 0.5-1.5 s each). The test
     * watches two batches commit, which tells it roughly how long a batch takes, and kills Karaf half a
     * batch later: inside a later batch's transaction, which is where the import spends nearly all its
     * time (writing rows), with more than 30 batches of margin left. If a much faster machine ever
     * finishes the import first, the test fails saying so (raise {@link #IMPORT_ROWS}) rather than
     * passing without having crashed anything.
     */
    @Test
    void importKilledMidwayKeepsWholeBatchesOnly() throws Exception {
        List<String> codes = new ArrayList<>(IMPORT_ROWS);
        StringBuilder csv = new StringBuilder("code,name,kind,tags\n");
        for (int i = 0; i < IMPORT_ROWS; i++) {
            String code = String.format("IMP%05d", i);
            codes.add(code);
            csv.append(code).append(',').append(importedName(code)).append(",PERSON,").append(IMPORT_TAG).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        ExecutorService importer = Executors.newSingleThreadExecutor(r -> new Thread(r, "csv-import"));
        try {
            RestClient api = karaf.admin();
            Future<HttpResponse<String>> running = importer.submit(() ->
                    api.post("counterparties/import", "text/csv", file, Duration.ofMinutes(5)));

            long first = awaitMoreImported(api, running, 0);
            long firstAt = System.nanoTime();
            long seen = awaitMoreImported(api, running, first);
            long batchMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstAt);
            assertEquals(0, first % IMPORT_BATCH, "a running import must only show whole batches, saw " + first);
            assertEquals(0, seen % IMPORT_BATCH, "a running import must only show whole batches, saw " + seen);
            Thread.sleep(batchMillis / 2);
            LOG.info("Killing the import {} ms after it showed {} rows (a batch took about {} ms)",
                    batchMillis / 2, seen, batchMillis);
            karaf.kill9();
            assertImportDidNotFinish(running);

            restart();
            long survivors = api.total(IMPORTED_COUNT);
            LOG.info("Import killed after {} visible rows; {} survived the restart", seen, survivors);
            assertTrue(survivors >= seen, "committed batches were lost: " + seen + " were visible before the kill, "
                    + survivors + " after the restart");
            assertEquals(0, survivors % IMPORT_BATCH, "a half-committed batch survived: " + survivors + " rows");
            assertTrue(survivors < IMPORT_ROWS, "the import cannot have finished: it was killed");

            // batches commit in file order, so the survivors are exactly the file's first rows, with their data
            Map<String, String> stored = storedCodesAndNames(api, survivors);
            assertEquals(survivors, stored.size(), "counterparties listed after the restart");
            for (String code : codes.subList(0, (int) survivors)) {
                assertEquals(importedName(code), stored.get(code), "name of imported " + code);
            }

            long reimport = System.nanoTime();
            JsonNode report = json(api.post("counterparties/import?update=true", "text/csv", file, Duration.ofMinutes(5)), 200);
            LOG.info("Re-import of {} rows with update took {} ms", IMPORT_ROWS,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - reimport));
            assertEquals(0, report.path("rejected").size(), "rows refused by the re-import: " + report.path("rejected"));
            assertEquals(IMPORT_ROWS - survivors, report.path("created").asLong(), "rows the re-import created");
            assertEquals(survivors, report.path("updated").asLong(), "rows the re-import updated");
            assertEquals(IMPORT_ROWS, api.total(IMPORTED_COUNT), "counterparties after the re-import");
        } finally {
            importer.shutdownNow();
        }
    }

    /**
     * Polls the count of imported rows until it exceeds {@code than}; answers the count seen. (While a
     * batch is being written the count waits for its row locks, so it answers right after a commit.)
     */
    private static long awaitMoreImported(RestClient api, Future<HttpResponse<String>> running, long than)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (running.isDone()) {
                fail("The import ended while the test waited for more than " + than + " rows, so nothing can be"
                        + " killed midway; raise IMPORT_ROWS. Answer: " + describe(running));
            }
            long total = api.total(IMPORTED_COUNT);
            if (total > than) {
                return total;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The import showed no more than " + than + " rows within 120 s");
    }

    /** The killed import's HTTP call must have failed; a complete answer means the kill came too late. */
    private static void assertImportDidNotFinish(Future<HttpResponse<String>> running) throws InterruptedException {
        try {
            HttpResponse<String> answer = running.get(60, TimeUnit.SECONDS);
            fail("The import finished before kill -9, so nothing was tested; raise IMPORT_ROWS. Answer: "
                    + answer.statusCode() + " " + answer.body());
        } catch (ExecutionException e) {
            LOG.info("The killed import's call failed as expected: {}", e.getCause().toString());
        } catch (TimeoutException e) {
            fail("The import call did not notice that Karaf was killed");
        }
    }

    private static Map<String, String> storedCodesAndNames(RestClient api, long expected) throws Exception {
        Map<String, String> stored = new HashMap<>();
        for (int page = 0; (long) page * IMPORT_BATCH < expected; page++) {
            JsonNode items = json(api.get(IMPORTED + "&sort=code&size=" + IMPORT_BATCH + "&page=" + page), 200).path("items");
            for (JsonNode item : items) {
                assertEquals(null, stored.put(item.path("code").asText(), item.path("name").asText()),
                        "code listed twice: " + item.path("code").asText());
            }
        }
        return stored;
    }

    private static String importedName(String code) {
        return "Importowany " + code + " Gdańsk";
    }

    // ------------------------------------------------------------------------------------------------ 3

    private static final int RUN_PARTICIPANTS = 10_000;
    private static final String RUN_TAG = "crash-run";
    private static final String RUN_SERIES = "FSCR";
    /** A printing run renders some 40 PDFs a second here: long enough to be killed after two chunks. */
    private static final int PRINTED_PARTICIPANTS = 1_000;

    /**
     * A cyclic run of 10,000 participants killed midway: the restart resumes it on its own, a re-run makes
     * nothing more, and the end is exactly one invoice per participant with the series' numbers 1..10,000, no
     * gap, no repeat. The kill lands once the run has committed a few chunks (its counts move with each
     * chunk's transaction), with dozens of chunks still ahead.
     */
    @Test
    void cyclicRunKilledMidwayResumesWithOneInvoicePerParticipantAndNoNumberGap() throws Exception {
        RestClient api = karaf.admin();
        long schemeId = monthlyScheme(api, "RUN", RUN_TAG, RUN_SERIES, RUN_PARTICIPANTS);

        Map<String, Object> request = Map.of("schemeId", schemeId, "upTo", "2026-10-31");
        long runId = json(api.postJson("invoice-runs", request), 202).path("id").asLong();
        long seen = awaitRunProgress(api, runId);
        karaf.kill9();
        LOG.info("Killed the run after it showed {} invoices created", seen);

        restart();
        JsonNode resumed = awaitRunEnd(api, runId);
        assertEquals("COMPLETED", resumed.path("status").asText(), "the interrupted run after the restart: " + resumed);
        assertEquals(0, resumed.path("failed").asInt(), "failed participants: " + resumed);
        assertEquals(RUN_PARTICIPANTS, resumed.path("created").asInt(), "invoices the resumed run counts: " + resumed);

        assertEquals(RUN_PARTICIPANTS, api.total("invoice-runs/" + runId + "/entries?size=1"),
                "report entries of the resumed run: one per participant");
        assertEquals(RUN_PARTICIPANTS, api.total("invoice-runs/" + runId + "/entries?outcome=created&size=1"),
                "invoices the resumed run reports");

        JsonNode rerun = json(api.postJson("invoice-runs?wait=true", request), 201);
        assertEquals(0, rerun.path("created").asInt(), "a re-run of a billed period made invoices: " + rerun);

        Set<String> numbers = new HashSet<>();
        Set<Long> buyers = new HashSet<>();
        for (int page = 0; page * 500 < RUN_PARTICIPANTS + 500; page++) {
            JsonNode items = json(api.get("invoices?q=" + RUN_SERIES.toLowerCase() + "/&size=500&page=" + page), 200)
                    .path("items");
            for (JsonNode invoice : items) {
                assertTrue(numbers.add(invoice.path("number").asText()), "number given twice: " + invoice.path("number"));
                assertTrue(buyers.add(invoice.path("counterpartyId").asLong()), "participant billed twice: "
                        + invoice.path("counterpartyId"));
            }
        }
        assertEquals(RUN_PARTICIPANTS, numbers.size(), "invoices of the run's series");
        for (int n = 1; n <= RUN_PARTICIPANTS; n++) {
            assertTrue(numbers.contains(RUN_SERIES + "/" + n + "/2026"), "number " + n + " is missing: a gap");
        }
    }

    /**
     * A scheme billing October 2026 in a series of its own, with {@code participants} new counterparties coded
     * {@code prefix}00000… and tagged {@code tag}, imported as CSV; answers its id.
     */
    private static long monthlyScheme(RestClient api, String prefix, String tag, String series, int participants)
            throws Exception {
        StringBuilder counterpartiesCsv = new StringBuilder("code,name,kind,tags\n");
        StringBuilder participantsCsv = new StringBuilder("counterparty,quantity2\n");
        for (int i = 0; i < participants; i++) {
            String code = String.format("%s%05d", prefix, i);
            counterpartiesCsv.append(code).append(",Abonent ").append(code).append(",PERSON,").append(tag).append('\n');
            participantsCsv.append(code).append(',').append(1 + i % 3).append('\n');
        }
        JsonNode imported = json(api.post("counterparties/import", "text/csv",
                counterpartiesCsv.toString().getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(5)), 200);
        assertEquals(participants, imported.path("created").asLong(), "counterparties imported: " + imported);

        json(api.putJson("numbering-series/" + series, Map.of("pattern", series + "/{n}/{yyyy}",
                "reset", "YEARLY"), null), 200);
        Map<String, Object> scheme = new LinkedHashMap<>();
        scheme.put("name", "Abonament " + prefix);
        scheme.put("series", series);
        scheme.put("unit", "MONTHS");
        scheme.put("issueDay", "1");
        scheme.put("activeFrom", "2026-10-01");
        scheme.put("activeUntil", "2026-10-31");
        scheme.put("items", List.of(
                Map.of("name", "Abonament", "unit", "mies.", "quantity", 1, "netPrice", "99.00", "vatRate", "23"),
                Map.of("name", "Serwis", "unit", "godz.", "quantity", 1, "netPrice", "50.00", "vatRate", "8")));
        long schemeId = json(api.postJson("cyclic-schemes", scheme), 201).path("id").asLong();
        JsonNode joined = json(api.post("cyclic-schemes/" + schemeId + "/participants/import", "text/csv",
                participantsCsv.toString().getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(10)), 200);
        assertEquals(participants, joined.path("created").asLong(), "participants imported: "
                + joined.path("failed") + " failed");
        return schemeId;
    }

    @Test
    void printingRunKilledMidwayAttachesEveryInvoicesPdfOnceAfterTheRestart() throws Exception {
        RestClient api = karaf.admin();
        long schemeId = monthlyScheme(api, "PDF", "crash-pdf", "FSPDF", PRINTED_PARTICIPANTS);

        long runId = json(api.postJson("invoice-runs", Map.of("schemeId", schemeId, "upTo", "2026-10-31",
                "printPdfs", true)), 202).path("id").asLong();
        long seen = awaitRunProgress(api, runId);
        karaf.kill9();
        LOG.info("Killed the printing run after it showed {} invoices created", seen);

        restart();
        JsonNode resumed = awaitRunEnd(api, runId);
        assertEquals("COMPLETED", resumed.path("status").asText(), "the interrupted run after the restart: " + resumed);
        assertEquals(PRINTED_PARTICIPANTS, resumed.path("created").asInt(), "invoices of the resumed run: " + resumed);
        assertTrue(resumed.path("message").isNull() || resumed.path("message").isMissingNode(),
                "the resumed run reports PDFs not printed: " + resumed);
        for (int page = 0; page * 500 < PRINTED_PARTICIPANTS; page++) {
            JsonNode entries = json(api.get("invoice-runs/" + runId + "/entries?size=500&page=" + page), 200)
                    .path("items");
            for (JsonNode entry : entries) {
                JsonNode files = json(api.get("files?type=invoice&id=" + entry.path("invoiceId").asLong()), 200);
                assertEquals(1, files.size(), "PDFs of invoice " + entry.path("number") + ": " + files);
            }
        }
    }

    /** Polls the run until its counts show some chunks committed; answers the invoices created so far. */
    private static long awaitRunProgress(RestClient api, long runId) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            JsonNode run = json(api.get("invoice-runs/" + runId), 200);
            assertEquals("RUNNING", run.path("status").asText(), "the run ended before it could be killed; raise "
                    + "RUN_PARTICIPANTS: " + run);
            if (run.path("created").asLong() >= 400) {
                return run.path("created").asLong();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("The run created no 400 invoices within 120 s");
    }

    private static JsonNode awaitRunEnd(RestClient api, long runId) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            JsonNode run = json(api.get("invoice-runs/" + runId), 200);
            if (!"RUNNING".equals(run.path("status").asText())) {
                return run;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The resumed run did not end within 300 s");
    }

    // ------------------------------------------------------------------------------------------------ 4

    private static final String ALERTS_OPERATOR = "alarmy";
    private static final String ALERTS_PASSWORD = "Alarmy-Crash-Passw0rd";
    private static final int ALERTS = 24;
    /** What Karaf stays down after the kill: alerts due in it fire after the restart, more than 30 s late. */
    private static final Duration OUTAGE = Duration.ofSeconds(40);
    private static final Duration ALERT_WAIT = Duration.ofSeconds(150);

    /**
     * Alerts falling due every 2 s, Karaf killed once a few have fired and kept down for a while: after the
     * restart every alert has exactly one in-app notification (none lost, none twice), those due during the
     * outage marked late, those fired before the kill not; every alert's e-mail arrived, with the alert's own
     * Message-ID, and at most one twice (the one a crash may catch between the server's acceptance and the commit).
     */
    @Test
    void alertsDueAcrossAKill9FireExactlyOnceInAppAndNoneIsLost() throws Exception {
        RestClient admin = karaf.admin();
        json(admin.postJson("operators", Map.of("operator", Map.of("username", ALERTS_OPERATOR, "displayName", "Alarmy",
                "email", ALERTS_OPERATOR + "@relacja.test", "role", "OPERATOR"), "password", ALERTS_PASSWORD)), 201);
        RestClient operator = karaf.client(ALERTS_OPERATOR, ALERTS_PASSWORD);
        json(operator.putJson("alert-settings/" + ALERTS_OPERATOR, Map.of("reminders", List.of(1)), null), 200);

        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<Long, Instant> dueAt = new LinkedHashMap<>();
        for (int i = 0; i < ALERTS; i++) {
            Instant deadline = start.plusSeconds(70 + 2L * i);
            long id = json(operator.postJson("tasks", Map.of("title", "Alarm " + i, "deadline", deadline.toString())), 201)
                    .path("id").asLong();
            dueAt.put(id, deadline.minusSeconds(60));
        }

        Map<Long, List<JsonNode>> beforeKill = awaitNotifications(operator, dueAt.keySet(), 3);
        karaf.kill9();
        Instant killedAt = Instant.now();
        LOG.info("Killed with {} of {} alerts notified", beforeKill.size(), ALERTS);
        Thread.sleep(OUTAGE.toMillis());
        restart();

        Map<Long, List<JsonNode>> after = awaitNotifications(operator, dueAt.keySet(), ALERTS);
        int late = 0;
        for (Map.Entry<Long, Instant> item : dueAt.entrySet()) {
            List<JsonNode> shown = after.get(item.getKey());
            assertNotNull(shown, "no notification of task " + item.getKey() + " due " + item.getValue());
            assertEquals(1, shown.size(), "notifications of task " + item.getKey() + ": " + shown);
            boolean isLate = shown.get(0).path("late").asBoolean();
            late += isLate ? 1 : 0;
            if (beforeKill.containsKey(item.getKey())) {
                assertFalse(isLate, "fired before the kill, on time: " + shown);
            } else if (item.getValue().isAfter(killedAt) && item.getValue().isBefore(killedAt.plusSeconds(5))) {
                assertTrue(isLate, "due during the outage, fired after the restart: " + shown);
            }
        }
        assertTrue(late > 0, "alerts due during the outage are marked late");

        // e-mail: at least once each, by the alert's Message-ID, and at most one repeat from the crash
        Set<String> expected = new HashSet<>();
        after.values().forEach(list -> expected.add("<relacja-alert-" + list.get(0).path("alertId").asLong()
                + "@relacja.test>"));
        // only this scenario's mail: the mailbox scenarios send through the same GreenMail
        List<String> received = awaitMessageIds(expected).stream().filter(expected::contains).toList();
        assertTrue(received.containsAll(expected), "alert e-mails missing: " + expected.stream()
                .filter(id -> !received.contains(id)).toList());
        assertTrue(received.size() - new HashSet<>(received).size() <= 1, "alert e-mails repeated: " + received);
    }

    /** Polls the operator's notifications until {@code atLeast} of {@code items} have one; answers them by item. */
    private static Map<Long, List<JsonNode>> awaitNotifications(RestClient operator, Set<Long> items, int atLeast)
            throws Exception {
        long deadline = System.nanoTime() + ALERT_WAIT.toNanos();
        while (true) {
            Map<Long, List<JsonNode>> byItem = new HashMap<>();
            for (JsonNode notification : json(operator.get("notifications?limit=500"), 200).path("items")) {
                long item = notification.path("itemId").asLong();
                if (items.contains(item)) {
                    byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(notification);
                }
            }
            if (byItem.size() >= atLeast) {
                return byItem;
            }
            if (System.nanoTime() > deadline) {
                fail("only " + byItem.size() + " of " + atLeast + " alerts notified within " + ALERT_WAIT
                        + karaf.karafLogTail());
            }
            Thread.sleep(250);
        }
    }

    /** The Message-IDs GreenMail received, once every one of {@code expected} is among them (or the wait is over). */
    private static List<String> awaitMessageIds(Set<String> expected) throws Exception {
        long deadline = System.nanoTime() + ALERT_WAIT.toNanos();
        while (true) {
            List<String> ids = new ArrayList<>();
            for (MimeMessage message : smtp.getReceivedMessages()) {
                ids.add(message.getMessageID());
            }
            if (ids.containsAll(expected) || System.nanoTime() > deadline) {
                return ids;
            }
            Thread.sleep(250);
        }
    }

    // ------------------------------------------------------------------------------------------------ 5

    private static final String MAIL_ACCOUNT = "crash";
    private static final String MAIL_ADDRESS = "crash@firma.test";
    private static final String MAIL_PASSWORD = "Crash-Mailbox-Passw0rd";
    private static final int OUTBOX_MESSAGES = 200;
    /** The most messages one outbox round claims: what a kill can catch accepted by the server, not yet committed. */
    private static final int OUTBOX_CLAIM = 50;
    private static final Duration MAIL_WAIT = Duration.ofSeconds(180);

    /**
     * Messages queued through REST, Karaf killed while the outbox sends them (stock GreenMail takes about 20 a
     * second, so the kill lands midway): after the restart every message arrives, each with the Message-ID it was
     * queued with, every one ends SENT, and only messages of the round the kill interrupted may arrive twice.
     */
    @Test
    void outboxKilledWhileSendingLosesNoMessage() throws Exception {
        RestClient admin = karaf.admin();
        Set<String> queued = new HashSet<>();
        for (int i = 0; i < OUTBOX_MESSAGES; i++) {
            queued.add(json(admin.postJson("mail/messages", Map.of("account", MAIL_ACCOUNT, "to",
                    List.of("klient" + i + "@acme.test"), "subject", "Wiadomość " + i, "text", "Treść " + i)), 201)
                    .path("messageId").asText());
        }
        awaitArrived(queued, 30);
        karaf.kill9();
        LOG.info("Outbox killed with {} of {} messages arrived", arrivedOf(queued).size(), OUTBOX_MESSAGES);
        restart();

        List<String> arrived = awaitArrived(queued, OUTBOX_MESSAGES);
        assertTrue(new HashSet<>(arrived).containsAll(queued), "messages lost: " + queued.stream()
                .filter(id -> !arrived.contains(id)).toList());
        int repeats = arrived.size() - new HashSet<>(arrived).size();
        LOG.info("After the restart: {} arrived, {} of them a second time", arrived.size(), repeats);
        assertTrue(repeats <= OUTBOX_CLAIM, repeats + " messages arrived twice: more than one round");
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (admin.total("mail/messages?folder=SENT&account=" + MAIL_ACCOUNT + "&size=1") < OUTBOX_MESSAGES
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(OUTBOX_MESSAGES, admin.total("mail/messages?folder=SENT&account=" + MAIL_ACCOUNT + "&size=1"));
        assertEquals(0, admin.total("mail/messages?folder=OUTBOX&account=" + MAIL_ACCOUNT + "&size=1"));
    }

    /** The Message-IDs of {@code queued} GreenMail received, repeats included, once at least {@code atLeast} arrived. */
    private static List<String> awaitArrived(Set<String> queued, int atLeast) throws Exception {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (true) {
            List<String> arrived = arrivedOf(queued);
            if (new HashSet<>(arrived).size() >= atLeast) {
                return arrived;
            }
            if (System.nanoTime() > deadline) {
                fail("only " + new HashSet<>(arrived).size() + " of " + atLeast + " messages arrived within " + MAIL_WAIT
                        + karaf.karafLogTail());
            }
            Thread.sleep(250);
        }
    }

    private static List<String> arrivedOf(Set<String> queued) throws Exception {
        List<String> arrived = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (queued.contains(message.getMessageID())) {
                arrived.add(message.getMessageID());
            }
        }
        return arrived;
    }

    // ------------------------------------------------------------------------------------------------ 6

    private static final int INBOX_MESSAGES = 2_000;

    /**
     * Messages waiting in the company's IMAP INBOX, Karaf killed while the account receives them: after the restart
     * every message is stored exactly once (by UID and Message-ID), and further polls add nothing.
     */
    @Test
    void fetchKilledMidwayStoresEveryMessageOnce() throws Exception {
        RestClient admin = karaf.admin();
        String inbox = "mail/messages?folder=INBOX&account=" + MAIL_ACCOUNT;
        for (int i = 0; i < INBOX_MESSAGES; i++) {
            company.deliver(GreenMailUtil.newMimeMessage("Message-ID: <przychodzaca-" + i + "@acme.test>\r\n"
                    + "From: klient" + i + "@acme.test\r\nTo: " + MAIL_ADDRESS + "\r\nSubject: Pytanie " + i
                    + "\r\n\r\nTreść pytania " + i + "\r\n"));
        }
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (admin.total(inbox + "&size=1") < 200) {
            assertTrue(System.nanoTime() < deadline, "receiving never started" + karaf.karafLogTail());
            Thread.sleep(100);
        }
        karaf.kill9();
        restart();

        deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (admin.total(inbox + "&size=1") < INBOX_MESSAGES && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        Thread.sleep(6_000); // one more poll
        Set<String> subjects = new HashSet<>();
        long total = admin.total(inbox + "&size=1");
        for (int page = 0; page * 500 < total; page++) {
            json(admin.get(inbox + "&size=500&page=" + page), 200).path("items")
                    .forEach(item -> subjects.add(item.path("subject").asText()));
        }
        assertEquals(INBOX_MESSAGES, total, "each message stored once");
        assertEquals(INBOX_MESSAGES, subjects.size(), "each message stored once");
        assertEquals(0, admin.total("mail/messages?folder=QUARANTINE&account=" + MAIL_ACCOUNT + "&size=1"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void restart() {
        long begin = System.nanoTime();
        karaf.start(READY_TIMEOUT);
        LOG.info("Restart after kill -9 took {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
        for (String line : karaf.logLinesOfLastStart(RECOVERY_MESSAGES)) {
            LOG.info("After the crash: {}", line);
        }
    }

    /** Counterparty number {@code i}: every fifth a company with a valid NIP, the others persons. */
    private static Map<String, Object> counterparty(int i) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("code", String.format("C%03d", i));
        boolean company = i % 5 == 0;
        draft.put("name", (company ? "Zakład Żółć i Syn " : "Gęślą Jaźń ") + i);
        draft.put("kind", company ? "COMPANY" : "PERSON");
        draft.put("nip", company ? validNip(i) : null);
        draft.put("tags", List.of(COMMITTED_TAG));
        return draft;
    }

    /** A NIP with a correct check digit (weights 6 5 7 2 3 4 5 6 7, modulo 11, never 10). */
    static String validNip(int seed) {
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        for (int candidate = 100_000 + seed * 10; ; candidate++) {
            String first = "526" + String.format("%06d", candidate % 1_000_000);
            int sum = 0;
            for (int d = 0; d < weights.length; d++) {
                sum += (first.charAt(d) - '0') * weights[d];
            }
            if (sum % 11 != 10) {
                return first + sum % 11;
            }
        }
    }

    private static List<String> names(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(p -> p.path("name").asText()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String describe(Future<HttpResponse<String>> done) {
        try {
            HttpResponse<String> answer = done.get();
            return answer.statusCode() + " " + answer.body();
        } catch (ExecutionException e) {
            return e.getCause().toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
