package dev.relacja.contacts.impl.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyQuery;
import dev.relacja.contacts.api.CounterpartyStatus;
import dev.relacja.contacts.api.ImportReport;
import dev.relacja.contacts.impl.persistence.CounterpartyStore;
import dev.relacja.contacts.impl.transfer.ContactsTransferImpl;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.testing.Latencies;
import dev.relacja.testing.LocalJpaTemplate;
import dev.relacja.testing.TestDatabase;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports 100,000 counterparties from CSV and searches them, next to the baseline of a raw JDBC batch
 * insert of the same rows into the same kind of Derby (in memory, Polish territory-based collation,
 * migrated by the module's scripts; a fresh database for each). Prints the figures as {@code BENCH …} lines;
 * asserts only that the data arrived, never a time.
 *
 * <p>Runs only under the {@code bench} profile: {@code mvn -Pbench test -pl bundles/contacts/impl}.
 * Knobs (system properties): {@code relacja.bench.rows} (100000), {@code relacja.bench.runs} (20),
 * {@code relacja.bench.warmups} (3).
 */
@EnabledIfSystemProperty(named = "relacja.bench", matches = "true",
        disabledReason = "a benchmark, not a test: run it with mvn -Pbench test")
class ContactsBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(ContactsBenchmark.class);
    private static final int ROWS = Integer.getInteger("relacja.bench.rows", 100_000);
    private static final int RUNS = Integer.getInteger("relacja.bench.runs", 20);
    private static final int WARM_UPS = Integer.getInteger("relacja.bench.warmups", 3);
    /** Both import paths first run once on this many rows in a throwaway database, so neither pays for JIT alone. */
    private static final int WARM_UP_ROWS = Math.max(1, Math.min(10_000, ROWS / 10));
    /** The same as the import's transaction size, ContactsTransferImpl.BATCH. */
    private static final int BATCH = 500;
    private static final long SEED = 20_240_501L;
    private static final Caller OPERATOR = new Caller(7, "bench", Role.OPERATOR, Set.of());
    private static final String SAMPLE_COLUMNS = "code, name, kind, nip, regon, reg_street, reg_postal_code,"
            + " reg_city, reg_country, corr_street, corr_postal_code, corr_city, corr_country, emails, phones,"
            + " billing_email, bank_account, payment_term_days, email_consent, tags, owner_id, status, notes,"
            + " search_text, version";

    @Test
    void importsAndSearchesCounterparties() throws Exception {
        List<SyntheticCounterparty> rows = SyntheticCounterparties.generate(ROWS, SEED);
        String csv = SyntheticCounterparties.toCsv(rows);
        long companies = rows.stream().filter(r -> r.kind().equals("COMPANY")).count();
        LOG.info("BENCH data: {} counterparties ({} companies with valid NIPs, {} persons), CSV {} MB;"
                + " Derby in memory, territory=pl_PL collation, a fresh database per run",
                number(ROWS), number(companies), number(ROWS - companies), decimal(csv.length() / 1e6));
        List<String> sampleCodes = List.of(rows.get(0).code(), rows.get(ROWS / 2).code(), rows.get(ROWS - 1).code());

        warmUp(rows.subList(0, WARM_UP_ROWS));

        long rawNanos;
        Map<String, List<Object>> rawSample;
        try (TestDatabase raw = new TestDatabase().migrate("contacts")) {
            settle();
            long start = System.nanoTime();
            int inserted = RawJdbcInsert.insert(raw.dataSource(), rows, OPERATOR.operatorId(), BATCH, Clock.systemUTC());
            rawNanos = System.nanoTime() - start;
            assertEquals(ROWS, inserted);
            assertEquals(ROWS, count(raw.dataSource()));
            rawSample = sample(raw.dataSource(), sampleCodes);
        }

        try (TestDatabase db = new TestDatabase().migrate("contacts")) {
            LocalJpaTemplate jpa = db.jpa("relacja-contacts");
            CounterpartyStore store = CounterpartyStore.over(jpa, Clock.systemUTC());
            ContactsTransferImpl transfer = transfer(store);
            // EclipseLink logs in on first use: do it before the clock starts, as a running server has
            store.search(CounterpartyQuery.ALL, new PageRequest(0, 1));
            settle();
            long start = System.nanoTime();
            ImportReport report = transfer.importCounterparties(new StringReader(csv), false);
            long relacjaNanos = System.nanoTime() - start;
            assertEquals(List.of(), report.rejected());
            assertEquals(ROWS, report.created());
            assertEquals(ROWS, count(db.dataSource()));
            assertEquals(rawSample, sample(db.dataSource(), sampleCodes), "the baseline writes the same column values");

            double rawRate = ROWS / (rawNanos / 1e9);
            double relacjaRate = ROWS / (relacjaNanos / 1e9);
            LOG.info("BENCH import: relacja {} rows/s ({} s) vs raw JDBC {} rows/s ({} s) (ratio {})",
                    number(Math.round(relacjaRate)), decimal(relacjaNanos / 1e9),
                    number(Math.round(rawRate)), decimal(rawNanos / 1e9),
                    String.format(Locale.ENGLISH, "%.2f", relacjaRate / rawRate));

            int archived = archiveEveryTenth(db.dataSource());
            // the rows changed behind EclipseLink's back: drop its shared cache so pages show what is stored
            jpa.tx(em -> em.getEntityManagerFactory().getCache().evictAll());
            LOG.info("BENCH search: {} of the counterparties archived by SQL first; page size 20; {} runs after {} warm-ups",
                    number(archived), RUNS, WARM_UPS);
            measureSearches(store, rows);
        }
    }

    private void measureSearches(CounterpartyStore store, List<SyntheticCounterparty> rows) {
        String codeFragment = rows.get(ROWS / 2).code().substring(2, 7);
        List<SearchCase> cases = List.of(
                new SearchCase("text \"" + codeFragment + "\" (code fragment, few rows)",
                        new CounterpartyQuery(codeFragment, null, null, null, null), 0),
                new SearchCase("text \"nowak\" (common surname, many rows)",
                        new CounterpartyQuery("nowak", null, null, null, null), 0),
                new SearchCase("tag vip, sort name",
                        new CounterpartyQuery(null, "vip", null, null, "name"), 0),
                new SearchCase("status ACTIVE, sort name, page 0",
                        new CounterpartyQuery(null, null, null, CounterpartyStatus.ACTIVE, "name"), 0),
                new SearchCase("status ACTIVE, sort name, page 1000",
                        new CounterpartyQuery(null, null, null, CounterpartyStatus.ACTIVE, "name"), 1000),
                new SearchCase("all, sort -updatedAt, page 0",
                        new CounterpartyQuery(null, null, null, null, "-updatedAt"), 0),
                new SearchCase("all, sort name, page 0 (the default list)",
                        CounterpartyQuery.ALL, 0));
        for (SearchCase search : cases) {
            PageRequest page = new PageRequest(search.page(), PageRequest.DEFAULT_SIZE);
            Page<Counterparty> result = null;
            for (int i = 0; i < WARM_UPS; i++) {
                result = store.search(search.query(), page);
            }
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                result = store.search(search.query(), page);
                nanos[i] = System.nanoTime() - start;
            }
            assertTrue(result.total() > 0, search.label());
            assertEquals(Math.min(PageRequest.DEFAULT_SIZE, Math.max(0, result.total() - page.offset())),
                    result.items().size(), search.label());
            Latencies latencies = Latencies.of(nanos);
            LOG.info("BENCH search {}: median {} ms, p95 {} ms, total {}", search.label(),
                    millis(latencies.medianMs()), millis(latencies.p95Ms()), number(result.total()));
        }
    }

    /** Runs both import paths once on a few rows, in throwaway databases, so the timed runs meet warm code. */
    private static void warmUp(List<SyntheticCounterparty> rows) throws SQLException {
        try (TestDatabase raw = new TestDatabase().migrate("contacts")) {
            RawJdbcInsert.insert(raw.dataSource(), rows, OPERATOR.operatorId(), BATCH, Clock.systemUTC());
        }
        try (TestDatabase db = new TestDatabase().migrate("contacts")) {
            CounterpartyStore store = CounterpartyStore.over(db.jpa("relacja-contacts"), Clock.systemUTC());
            transfer(store).importCounterparties(new StringReader(SyntheticCounterparties.toCsv(rows)), false);
        }
    }

    private static ContactsTransferImpl transfer(CounterpartyStore store) {
        CallerContext callers = () -> Optional.of(OPERATOR);
        return new ContactsTransferImpl(store, callers, (module, event, properties) -> { });
    }

    /** Lets the previous phase's garbage go before a timed phase starts. */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
    }

    private static long count(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM contacts_counterparty")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every stored column but the generated id and the timestamps, for a few codes. */
    private static Map<String, List<Object>> sample(DataSource dataSource, List<String> codes) throws SQLException {
        Map<String, List<Object>> sample = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT " + SAMPLE_COLUMNS + " FROM contacts_counterparty WHERE code = ?")) {
            for (String code : codes) {
                select.setString(1, code);
                try (ResultSet rs = select.executeQuery()) {
                    assertTrue(rs.next(), code);
                    List<Object> values = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        values.add(rs.getObject(i));
                    }
                    sample.put(code, values);
                }
            }
        }
        return sample;
    }

    /** A realistic address book has archived counterparties too; the import creates only active ones. */
    private static int archiveEveryTenth(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return s.executeUpdate("UPDATE contacts_counterparty SET status = 'ARCHIVED',"
                    + " updated_at = CURRENT_TIMESTAMP, version = version + 1 WHERE MOD(id, 10) = 0");
        }
    }

    private static String number(long value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }

    private static String decimal(double value) {
        return String.format(Locale.ENGLISH, "%,.1f", value);
    }

    private static String millis(double value) {
        return String.format(Locale.ENGLISH, "%,.2f", value);
    }

    private record SearchCase(String label, CounterpartyQuery query, int page) {
    }
}
