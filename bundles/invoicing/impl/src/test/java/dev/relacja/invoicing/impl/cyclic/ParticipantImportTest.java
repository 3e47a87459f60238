package dev.relacja.invoicing.impl.cyclic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.impl.persistence.CounterpartyStore;
import dev.relacja.contacts.impl.transfer.ContactsTransferImpl;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.ParticipantDraft;
import dev.relacja.invoicing.api.ParticipantImportReport;
import dev.relacja.invoicing.api.ParticipantImportReport.Outcome;
import dev.relacja.invoicing.api.ParticipantItem;
import dev.relacja.invoicing.api.SchemeParticipant;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class ParticipantImportTest {
    private static final Logger LOG = LoggerFactory.getLogger(ParticipantImportTest.class);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);

    private SchemeFixture fx;
    private CyclicScheme scheme;

    @BeforeEach
    void setUp() {
        fx = new SchemeFixture(CLOCK);
        fx.base.as(fx.base.operator(2, "anna", Role.OPERATOR));
        scheme = fx.schemes.create(CyclicSchemeServiceTest.draft("Abonament", LocalDate.of(2026, 12, 1), List.of(
                CyclicSchemeServiceTest.freeText("Abonament", "1", "150", "23"),
                CyclicSchemeServiceTest.freeText("Serwis", "1", "80", "8"))));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void goodRowsAreAddedOrUpdatedAndEachBadRowIsReportedOnItsOwn() {
        long acme = fx.company("ACME", "Acme Sp. z o.o.", "5260250274").id();
        long kowalski = fx.person("KOWALSKI", "Jan Kowalski").id();
        fx.person("NOWAK", "Ewa Nowak");
        fx.person("ZIELINSKI", "Adam Zieliński");
        fx.person("WISNIEWSKI", "Anna Wiśniewska");
        fx.schemes.addParticipant(scheme.id(), new ParticipantDraft(kowalski, null, null,
                List.of(new ParticipantItem(1, new BigDecimal("5"), null))));

        ParticipantImportReport report = fx.schemes.importParticipants(scheme.id(), new StringReader("""
                counterparty,from,until,quantity1,price1,quantity2,price2,quantity3
                ACME,2026-12-01,,2,99.50,,,
                KOWALSKI,,2027-06-30,,,3,,
                NIEMA,,,,,,,

                NOWAK,2026-13-01,,,,,,
                ACME,,,,,,,
                ZIELINSKI,,,-1,,,,
                WISNIEWSKI,,,,,,,4
                """));

        assertEquals(List.of(
                row(2, "ACME", Outcome.CREATED, null),
                row(3, "KOWALSKI", Outcome.UPDATED, null),
                row(4, "NIEMA", Outcome.FAILED, "counterparty: no counterparty has the code 'NIEMA'"),
                row(6, "NOWAK", Outcome.FAILED, "from: '2026-13-01' is not a date such as 2026-11-27 (YYYY-MM-DD)"),
                row(7, "ACME", Outcome.FAILED, "counterparty: ACME is on line 2 already"),
                row(8, "ZIELINSKI", Outcome.FAILED,
                        "quantity1: the quantity must be from 0 to 999999999999.999, not -1"),
                row(9, "WISNIEWSKI", Outcome.FAILED,
                        "quantity3: scheme Abonament has lines 1 to 2; there is no line 3")), report.rows());
        assertEquals(1, report.created());
        assertEquals(1, report.updated());
        assertEquals(5, report.failed());

        Map<String, SchemeParticipant> stored = byCode();
        assertEquals(2, stored.size());
        assertEquals(LocalDate.of(2026, 12, 1), stored.get("ACME").from());
        assertEquals(List.of(new ParticipantItem(1, new BigDecimal("2.000"), new BigDecimal("99.50"))),
                stored.get("ACME").overrides());
        assertEquals(acme, stored.get("ACME").counterpartyId());
        // an update replaces the overrides with the row's
        assertEquals(LocalDate.of(2027, 6, 30), stored.get("KOWALSKI").until());
        assertEquals(List.of(new ParticipantItem(2, new BigDecimal("3.000"), null)), stored.get("KOWALSKI").overrides());
    }

    @Test
    void aSemicolonFileTakesDecimalCommasAndItsHeaderInAnyCase() {
        fx.company("ACME", "Acme Sp. z o.o.", "5260250274");
        fx.person("KOWALSKI", "Jan Kowalski");

        ParticipantImportReport semicolons = fx.schemes.importParticipants(scheme.id(), new StringReader(
                "\uFEFFCounterparty;Quantity1;PRICE2\r\nACME;1,5;1 212,50\r\n"));
        assertEquals(List.of(row(2, "ACME", Outcome.CREATED, null)), semicolons.rows());
        assertEquals(List.of(new ParticipantItem(1, new BigDecimal("1.500"), null),
                new ParticipantItem(2, null, new BigDecimal("1212.50"))), byCode().get("ACME").overrides());

        ParticipantImportReport commas = fx.schemes.importParticipants(scheme.id(), new StringReader(
                "counterparty,price2\nKOWALSKI,\"12,50\"\n"));
        assertEquals(List.of(row(2, "KOWALSKI", Outcome.FAILED, "price2: '12,50' is not a number such as 12.50 "
                + "(a decimal comma only in files separated by semicolons)")), commas.rows());
    }

    @Test
    void aWrongHeaderRefusesTheWholeFileBeforeAnyRow() {
        fx.person("KOWALSKI", "Jan Kowalski");
        ValidationException header = assertThrows(ValidationException.class, () -> fx.schemes.importParticipants(
                scheme.id(), new StringReader("kontrahent,qty1,quantity0,price101,from,from\nKOWALSKI,1,1,1,,\n")));
        assertEquals(6, header.errors().size(), header.getMessage());
        assertTrue(header.getMessage().contains("unknown column 'qty1'"), header.getMessage());
        assertTrue(header.getMessage().contains("the column from appears twice"), header.getMessage());
        assertTrue(header.getMessage().contains("the column counterparty (the counterparty's code) is required"),
                header.getMessage());
        assertThrows(ValidationException.class, () -> fx.schemes.importParticipants(scheme.id(), new StringReader("")));
        assertEquals(0, fx.rows("invoicing_participant"));

        assertThrows(NotFoundException.class,
                () -> fx.schemes.importParticipants(999_999L, new StringReader("counterparty\nKOWALSKI\n")));
        fx.base.as(fx.base.operator(5, "wiktor", Role.VIEWER));
        assertThrows(AccessDeniedException.class,
                () -> fx.schemes.importParticipants(scheme.id(), new StringReader("counterparty\nKOWALSKI\n")));
    }

    @Test
    void aLineTooLongStopsTheImportThereAndKeepsWhatCameBefore() {
        fx.person("KOWALSKI", "Jan Kowalski");
        String overlong = "X".repeat(ParticipantCsv.MAX_LINE + 1);
        ParticipantImportReport report = fx.schemes.importParticipants(scheme.id(), new StringReader(
                "counterparty\nKOWALSKI\n" + overlong + "\nNOWAK\n"));

        assertEquals(2, report.rows().size());
        assertEquals(Outcome.CREATED, report.rows().get(0).outcome());
        ParticipantImportReport.Row stop = report.rows().get(1);
        assertEquals(Outcome.FAILED, stop.outcome());
        assertEquals(3, stop.line());
        assertTrue(stop.message().contains("line 3 is longer than 16384 characters"), stop.message());
        assertEquals(1, fx.rows("invoicing_participant"));
    }

    /** Correctness at a few thousand, and a timing in the log for the README (no timed assertion). */
    @Test
    void thousandsOfParticipantsImportAndLoadWithTheirOverridesInCodeOrder() {
        int count = 3000;
        StringBuilder counterparties = new StringBuilder("code,name,kind\n");
        StringBuilder participants = new StringBuilder("counterparty,from,quantity1,price1,quantity2,price2\n");
        for (int i = 0; i < count; i++) {
            String code = String.format("K%05d", count - i);
            counterparties.append(code).append(",Klient ").append(i).append(",PERSON\n");
            participants.append(code).append(switch (i % 4) {
                case 0 -> ",,,,,\n";
                case 1 -> ",2027-01-01," + i + ",,,\n";
                case 2 -> ",,," + i + ".50,,\n";
                default -> ",,1," + i + ",0,\n";
            });
        }
        ContactsTransferImpl transfer = new ContactsTransferImpl(
                CounterpartyStore.over(fx.base.db.jpa("relacja-contacts"), CLOCK), fx.base.callers, (m, e, p) -> { });
        assertEquals(count, transfer.importCounterparties(new StringReader(counterparties.toString()), false).created());

        long started = System.nanoTime();
        ParticipantImportReport report = fx.schemes.importParticipants(scheme.id(),
                new StringReader(participants.toString()));
        long importMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(count, report.created(), () -> report.rows().stream().filter(r -> r.outcome() == Outcome.FAILED)
                .limit(5).map(ParticipantImportReport.Row::message).toList().toString());

        started = System.nanoTime();
        List<SchemeParticipant> all = fx.schemes.allParticipants(scheme.id());
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("{} participants imported in {} ms, loaded with their overrides in {} ms", count, importMillis,
                loadMillis);

        List<SchemeParticipant> paged = new ArrayList<>();
        for (int page = 0; page * 500 < count; page++) {
            fx.schemes.participants(scheme.id(), new PageRequest(page, 500)).items().stream()
                    .map(ParticipantImportTest::withoutName).forEach(paged::add);
        }
        assertEquals(paged, all);
        assertEquals(count, fx.schemes.participantCount(scheme.id()));
        assertEquals("K00001", all.get(0).counterpartyCode());
        Map<String, SchemeParticipant> byCode = all.stream()
                .collect(Collectors.toMap(SchemeParticipant::counterpartyCode, Function.identity()));
        assertEquals(List.of(), byCode.get("K03000").overrides());
        assertEquals(LocalDate.of(2027, 1, 1), byCode.get("K02999").from());
        assertEquals(List.of(new ParticipantItem(1, new BigDecimal("1.000"), null)), byCode.get("K02999").overrides());
        assertEquals(List.of(new ParticipantItem(1, null, new BigDecimal("2.50"))), byCode.get("K02998").overrides());
        assertEquals(List.of(new ParticipantItem(1, new BigDecimal("1.000"), new BigDecimal("3.00")),
                new ParticipantItem(2, new BigDecimal("0.000"), null)), byCode.get("K02997").overrides());
        assertEquals(List.of(), fx.schemes.allParticipants(999_999L));
    }

    private Map<String, SchemeParticipant> byCode() {
        return fx.schemes.participants(scheme.id(), new PageRequest(0, 100)).items().stream()
                .collect(Collectors.toMap(SchemeParticipant::counterpartyCode, Function.identity()));
    }

    private static ParticipantImportReport.Row row(long line, String code, Outcome outcome, String message) {
        return new ParticipantImportReport.Row(line, code, outcome, message);
    }

    private static SchemeParticipant withoutName(SchemeParticipant p) {
        return new SchemeParticipant(p.id(), p.schemeId(), p.counterpartyId(), p.counterpartyCode(), null, p.from(),
                p.until(), p.overrides(), p.createdAt(), p.updatedAt(), p.version());
    }
}
