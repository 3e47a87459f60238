package dev.relacja.invoicing.impl.cyclic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.BillingTiming;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueItemDraft;
import dev.relacja.invoicing.api.CatchUpPolicy;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.CyclicSchemeDraft;
import dev.relacja.invoicing.api.FrequencyUnit;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.ItemKind;
import dev.relacja.invoicing.api.ParticipantDraft;
import dev.relacja.invoicing.api.ParticipantItem;
import dev.relacja.invoicing.api.PaymentMethod;
import dev.relacja.invoicing.api.SchemeItem;
import dev.relacja.invoicing.api.SchemeParticipant;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CyclicSchemeServiceTest {
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    private SchemeFixture fx;
    private CatalogueItem subscription;
    private Counterparty acme;
    private Counterparty kowalski;

    @BeforeEach
    void setUp() {
        fx = new SchemeFixture(Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
        fx.base.as(fx.base.operator(2, "anna", Role.OPERATOR));
        subscription = fx.base.catalogue.create(new CatalogueItemDraft("ABO-M", "Abonament miesięczny",
                ItemKind.SERVICE, "mies.", new BigDecimal("150.00"), null, "23", null, null));
        acme = fx.company("ACME", "Acme Sp. z o.o.", "5260250274");
        kowalski = fx.person("KOWALSKI", "Jan Kowalski");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aSchemeTakesItsDefaultsAndItsCatalogueItemsFieldsAndReadsBackAsStored() {
        CyclicScheme created = fx.schemes.create(draft("Abonament", LocalDate.of(2026, 11, 15),
                List.of(fromCatalogue(1), freeText("Serwis", "2", "80.00", "8"))));

        assertEquals(InvoiceKind.SALES, created.kind());
        assertEquals("FS", created.series());
        assertEquals(1, created.every());
        assertEquals(FrequencyUnit.MONTHS, created.unit());
        assertEquals(BillingTiming.IN_ADVANCE, created.timing());
        assertEquals("1", created.issueDay());
        assertNull(created.dueDays());
        // a monthly scheme's periods follow calendar months: the first starts on the first of activeFrom's month
        assertEquals(LocalDate.of(2026, 11, 1), created.activeFrom());
        assertEquals(PaymentMethod.TRANSFER, created.paymentMethod());
        assertEquals(CatchUpPolicy.ISSUE_ALL, created.catchUp());
        assertEquals(0, created.participants());
        assertEquals(List.of(
                new SchemeItem(1, subscription.id(), "Abonament miesięczny", "mies.", new BigDecimal("1.000"),
                        new BigDecimal("150.00"), "23"),
                new SchemeItem(2, null, "Serwis", "godz.", new BigDecimal("2.000"), new BigDecimal("80.00"), "8")),
                created.items());
        assertEquals(created, fx.schemes.find(created.id()).orElseThrow());

        CyclicScheme weekly = fx.schemes.create(new CyclicSchemeDraft("Sprzątanie", null, null, 2, FrequencyUnit.WEEKS,
                BillingTiming.IN_ARREARS, null, 7, LocalDate.of(2026, 11, 18), null, null, false, null,
                CatchUpPolicy.ONE_PER_RUN, List.of(freeText("Sprzątanie biura", "1", "300", "23"))));
        assertNull(weekly.issueDay());
        assertEquals(LocalDate.of(2026, 11, 18), weekly.activeFrom());
        assertEquals(7, weekly.dueDays());
    }

    @Test
    void aSchemeChangesUnderItsVersionAndNamesStayUniqueIgnoringCase() {
        CyclicScheme created = fx.schemes.create(draft("Abonament", DEC_1, List.of(fromCatalogue(1))));
        CyclicSchemeDraft edit = CyclicSchemeDraft.of(created);
        CyclicScheme changed = fx.schemes.update(created.id(), created.version(), new CyclicSchemeDraft("Abonament B",
                edit.kind(), edit.series(), 3, FrequencyUnit.QUARTERS, edit.timing(), "LAST", 30, edit.activeFrom(),
                LocalDate.of(2027, 12, 31), edit.paymentMethod(), true, "Płatne z góry", CatchUpPolicy.SKIP_AND_REPORT,
                List.of(edit.items().get(0), freeText("Dojazd", "1", "50", "23"))));

        assertEquals("last", changed.issueDay());
        assertEquals(FrequencyUnit.QUARTERS, changed.unit());
        assertTrue(changed.splitPayment());
        assertEquals(2, changed.items().size());
        assertTrue(changed.version() > created.version());
        assertEquals(changed, fx.schemes.find(created.id()).orElseThrow());
        assertThrows(StaleVersionException.class, () -> fx.schemes.update(created.id(), created.version(), edit));

        fx.schemes.create(draft("Zielony", DEC_1, List.of(fromCatalogue(1))));
        fx.schemes.create(draft("ananas", DEC_1, List.of(fromCatalogue(1))));
        assertEquals(List.of("Abonament B", "ananas", "Zielony"),
                fx.schemes.list().stream().map(CyclicScheme::name).toList());
        ConflictException taken = assertThrows(ConflictException.class,
                () -> fx.schemes.create(draft("ABONAMENT b", DEC_1, List.of(fromCatalogue(1)))));
        assertEquals("name", taken.field());
        assertEquals(3, fx.rows("invoicing_scheme"));

        fx.schemes.delete(changed.id(), changed.version());
        assertTrue(fx.schemes.find(changed.id()).isEmpty());
        assertEquals(2, fx.rows("invoicing_scheme_item"));
    }

    @Test
    void everyBadInputOfASchemeIsReportedAtOnceAndNothingIsStored() {
        CyclicSchemeDraft bad = new CyclicSchemeDraft(" ", InvoiceKind.SALES, "PF", 0, FrequencyUnit.WEEKS, null, "5",
                400, null, null, PaymentMethod.CASH, true, null, null, List.of(
                        freeText("Ujemna", "-1", "10", "23"),
                        freeText("Zła stawka", "1", "10", "22"),
                        freeText("Grosze", "1.0001", "1.001", "8"),
                        new SchemeItem(0, 999_999L, null, null, BigDecimal.ONE, null, null),
                        new SchemeItem(7, null, "Pozycja", "szt.", BigDecimal.ONE, BigDecimal.TEN, "23")));
        ValidationException refused = assertThrows(ValidationException.class, () -> fx.schemes.create(bad));
        assertEquals(Set.of("name", "series", "every", "issueDay", "dueDays", "activeFrom", "splitPayment",
                "items[0].quantity", "items[1].vatRate", "items[2].quantity", "items[2].netPrice",
                "items[3].catalogueItemId", "items[3].name", "items[3].unit", "items[3].vatRate", "items[3].netPrice",
                "items[4].position"), fields(refused));

        ValidationException noItems = assertThrows(ValidationException.class,
                () -> fx.schemes.create(draft("Pusty", DEC_1, List.of())));
        assertEquals(List.of(new FieldError("items", "a scheme needs at least one item")), noItems.errors());

        ValidationException dates = assertThrows(ValidationException.class, () -> fx.schemes.create(
                new CyclicSchemeDraft("Daty", null, null, null, null, null, "32", null, LocalDate.of(2026, 12, 15),
                        LocalDate.of(2026, 11, 30), null, false, null, null, List.of(fromCatalogue(1)))));
        assertEquals(Set.of("issueDay", "activeUntil"), fields(dates));

        ValidationException undefinedSeries = assertThrows(ValidationException.class, () -> fx.schemes.create(
                draft("Seria", null, "XYZ", List.of(fromCatalogue(1)))));
        assertTrue(undefinedSeries.getMessage().contains("XYZ is not defined"), undefinedSeries.getMessage());
        assertEquals(0, fx.rows("invoicing_scheme"));
        assertEquals(0, fx.rows("invoicing_scheme_item"));
    }

    @Test
    void participantsTakePartOnceWithTheirOwnDatesAndOverrides() {
        CyclicScheme scheme = twoLineScheme("Abonament");
        SchemeParticipant added = fx.schemes.addParticipant(scheme.id(), new ParticipantDraft(acme.id(), DEC_1, null,
                List.of(new ParticipantItem(2, null, new BigDecimal("70")), new ParticipantItem(1, new BigDecimal("3"),
                        null))));
        assertEquals("ACME", added.counterpartyCode());
        assertEquals("Acme Sp. z o.o.", added.counterpartyName());
        assertEquals(List.of(new ParticipantItem(1, new BigDecimal("3.000"), null),
                new ParticipantItem(2, null, new BigDecimal("70.00"))), added.overrides());
        assertEquals(added, fx.schemes.findParticipant(added.id()).orElseThrow());

        ConflictException twice = assertThrows(ConflictException.class, () -> fx.schemes.addParticipant(scheme.id(),
                new ParticipantDraft(acme.id(), null, null, List.of())));
        assertEquals("counterpartyId", twice.field());
        assertTrue(twice.getMessage().contains("ACME (Acme Sp. z o.o.) takes part in scheme Abonament"),
                twice.getMessage());

        SchemeParticipant person = fx.schemes.addParticipant(scheme.id(),
                new ParticipantDraft(kowalski.id(), null, LocalDate.of(2027, 6, 30), null));
        Page<SchemeParticipant> page = fx.schemes.participants(scheme.id(), new PageRequest(0, 20));
        assertEquals(List.of("ACME", "KOWALSKI"), page.items().stream().map(SchemeParticipant::counterpartyCode).toList());
        assertEquals(2, page.total());
        assertEquals(2, fx.schemes.find(scheme.id()).orElseThrow().participants());

        SchemeParticipant changed = fx.schemes.updateParticipant(added.id(), added.version(), new ParticipantDraft(null,
                DEC_1, LocalDate.of(2027, 11, 30), List.of(new ParticipantItem(2, BigDecimal.ZERO, null))));
        assertEquals(List.of(new ParticipantItem(2, new BigDecimal("0.000"), null)), changed.overrides());
        assertEquals(1, fx.rows("invoicing_participant_item"));
        assertThrows(StaleVersionException.class, () -> fx.schemes.updateParticipant(added.id(), added.version(),
                new ParticipantDraft(null, null, null, null)));
        ValidationException otherCounterparty = assertThrows(ValidationException.class,
                () -> fx.schemes.updateParticipant(added.id(), changed.version(),
                        new ParticipantDraft(kowalski.id(), null, null, null)));
        assertEquals(Set.of("counterpartyId"), fields(otherCounterparty));

        // an archived counterparty joins no scheme, but its participation can still be ended
        Counterparty stored = fx.base.counterparties.find(kowalski.id()).orElseThrow();
        fx.base.counterparties.archive(kowalski.id(), stored.version());
        SchemeParticipant ended = fx.schemes.updateParticipant(person.id(), person.version(),
                new ParticipantDraft(null, null, LocalDate.of(2026, 12, 31), null));
        assertEquals(LocalDate.of(2026, 12, 31), ended.until());

        fx.schemes.removeParticipant(person.id(), ended.version());
        assertTrue(fx.schemes.findParticipant(person.id()).isEmpty());
        assertThrows(NotFoundException.class, () -> fx.schemes.participants(999_999L, new PageRequest(0, 20)));
    }

    @Test
    void everyBadInputOfAParticipantIsReportedAtOnceAndNothingIsStored() {
        CyclicScheme scheme = twoLineScheme("Abonament");
        ValidationException refused = assertThrows(ValidationException.class, () -> fx.schemes.addParticipant(
                scheme.id(), new ParticipantDraft(acme.id(), LocalDate.of(2027, 1, 1), DEC_1, List.of(
                        new ParticipantItem(1, new BigDecimal("-1"), null),
                        new ParticipantItem(3, BigDecimal.ONE, null),
                        new ParticipantItem(1, null, new BigDecimal("5")),
                        new ParticipantItem(2, null, null),
                        new ParticipantItem(2, new BigDecimal("0.0001"), new BigDecimal("1.001"))))));
        assertEquals(Set.of("until", "overrides[0].quantity", "overrides[1].position", "overrides[2].position",
                "overrides[3].quantity", "overrides[4].position", "overrides[4].quantity", "overrides[4].netPrice"),
                fields(refused));
        assertTrue(refused.getMessage().contains("there is no line 3"), refused.getMessage());

        assertEquals(Set.of("counterpartyId"), fields(assertThrows(ValidationException.class,
                () -> fx.schemes.addParticipant(scheme.id(), new ParticipantDraft(999_999L, null, null, null)))));
        Counterparty archived = fx.person("STARY", "Stary Klient");
        fx.base.counterparties.archive(archived.id(), archived.version());
        ValidationException archivedRefused = assertThrows(ValidationException.class,
                () -> fx.schemes.addParticipant(scheme.id(), new ParticipantDraft(archived.id(), null, null, null)));
        assertTrue(archivedRefused.getMessage().contains("STARY (Stary Klient) is archived"),
                archivedRefused.getMessage());
        assertThrows(NotFoundException.class,
                () -> fx.schemes.addParticipant(999_999L, new ParticipantDraft(acme.id(), null, null, null)));
        assertEquals(0, fx.rows("invoicing_participant"));
        assertEquals(0, fx.rows("invoicing_participant_item"));
    }

    @Test
    void aSalesSchemeRefusesACompanyWithoutNipAndANipSeriesRefusesAPersonWithoutOne() {
        CyclicScheme sales = twoLineScheme("Abonament");
        // the contacts module refuses a company without NIP; one imported before that rule reads like this
        fx.base.seenAs.put(acme.id(), new Counterparty(acme.id(), acme.code(), acme.name(), CounterpartyKind.COMPANY,
                null, null, acme.addresses(), List.of(), List.of(), null, null, null, false, List.of(), null,
                acme.status(), null, acme.createdAt(), acme.updatedAt(), acme.version()));
        ValidationException company = assertThrows(ValidationException.class,
                () -> fx.schemes.addParticipant(sales.id(), new ParticipantDraft(acme.id(), null, null, null)));
        assertEquals(Set.of("counterpartyId"), fields(company));
        assertTrue(company.getMessage().contains("ACME: a sales invoice to a company needs the buyer's NIP"),
                company.getMessage());
        CyclicScheme proForma = fx.schemes.create(draft("Zaliczki", InvoiceKind.PRO_FORMA, null,
                List.of(fromCatalogue(1))));
        fx.schemes.addParticipant(proForma.id(), new ParticipantDraft(acme.id(), null, null, null));
        fx.base.seenAs.clear();

        CyclicScheme b2b = fx.schemes.create(draft("B2B", null, "FSB", List.of(fromCatalogue(1))));
        ValidationException person = assertThrows(ValidationException.class,
                () -> fx.schemes.addParticipant(b2b.id(), new ParticipantDraft(kowalski.id(), null, null, null)));
        assertEquals(Set.of("counterpartyId"), fields(person));
        assertTrue(person.getMessage().contains("KOWALSKI: invoices of series FSB need the buyer's NIP"),
                person.getMessage());
        fx.schemes.addParticipant(b2b.id(), new ParticipantDraft(acme.id(), null, null, null));
        fx.schemes.addParticipant(sales.id(), new ParticipantDraft(kowalski.id(), null, null, null));
        assertEquals(3, fx.rows("invoicing_participant"));
    }

    @Test
    void anUpdateThatDropsOverriddenLinesIsRefusedAndOtherwiseKeepsPositions() {
        CyclicScheme scheme = fx.schemes.create(draft("Trzy linie", DEC_1, List.of(fromCatalogue(1),
                freeText("B", "1", "10", "23"), freeText("C", "1", "20", "23"))));
        fx.schemes.addParticipant(scheme.id(), new ParticipantDraft(acme.id(), null, null,
                List.of(new ParticipantItem(2, BigDecimal.ONE, null))));
        fx.schemes.addParticipant(scheme.id(), new ParticipantDraft(kowalski.id(), null, null,
                List.of(new ParticipantItem(3, BigDecimal.ONE, null))));
        List<SchemeItem> items = scheme.items();

        ConflictException dropsTwoAndThree = assertThrows(ConflictException.class, () -> fx.schemes.update(scheme.id(),
                scheme.version(), withItems(scheme, items.subList(0, 1))));
        assertEquals("items", dropsTwoAndThree.field());
        assertTrue(dropsTwoAndThree.getMessage().startsWith("2 participant(s) of scheme Trzy linie override lines 2 "
                + "to 3"), dropsTwoAndThree.getMessage());
        // dropping a middle line would move line 3's overrides onto it: positions sent along must agree
        ValidationException moved = assertThrows(ValidationException.class, () -> fx.schemes.update(scheme.id(),
                scheme.version(), withItems(scheme, List.of(items.get(0), items.get(2)))));
        assertEquals(Set.of("items[1].position"), fields(moved));

        SchemeParticipant person = fx.schemes.participants(scheme.id(), new PageRequest(0, 5)).items().get(1);
        fx.schemes.updateParticipant(person.id(), person.version(), new ParticipantDraft(null, null, null, null));
        CyclicScheme shorter = fx.schemes.update(scheme.id(), scheme.version(),
                withItems(scheme, items.subList(0, 2)));
        assertEquals(2, shorter.items().size());
        assertEquals(2, fx.rows("invoicing_scheme_item"));
    }

    @Test
    void whatBilledAPeriodIsNotDeleted() {
        CyclicScheme scheme = twoLineScheme("Abonament");
        SchemeParticipant billed = fx.schemes.addParticipant(scheme.id(), new ParticipantDraft(acme.id(), null, null,
                List.of(new ParticipantItem(1, BigDecimal.TEN, null))));
        SchemeParticipant fresh = fx.schemes.addParticipant(scheme.id(),
                new ParticipantDraft(kowalski.id(), null, null, null));
        fx.billed(scheme.id(), billed.id(), DEC_1);

        ConflictException participant = assertThrows(ConflictException.class,
                () -> fx.schemes.removeParticipant(billed.id(), billed.version()));
        assertTrue(participant.getMessage().contains("end it with an until date"), participant.getMessage());
        ConflictException whole = assertThrows(ConflictException.class,
                () -> fx.schemes.delete(scheme.id(), scheme.version()));
        assertTrue(whole.getMessage().contains("end it with an activeUntil date"), whole.getMessage());
        assertEquals(2, fx.rows("invoicing_participant"));

        fx.schemes.removeParticipant(fresh.id(), fresh.version());
        assertEquals(1, fx.rows("invoicing_participant"));
        CyclicScheme unbilled = twoLineScheme("Nowy");
        fx.schemes.addParticipant(unbilled.id(), new ParticipantDraft(acme.id(), null, null,
                List.of(new ParticipantItem(2, BigDecimal.ONE, BigDecimal.ONE))));
        fx.schemes.delete(unbilled.id(), unbilled.version());
        assertEquals(1, fx.rows("invoicing_participant"));
        assertEquals(1, fx.rows("invoicing_participant_item"));
        assertTrue(fx.schemes.find(unbilled.id()).isEmpty());
    }

    @Test
    void viewersReadButDoNotChange() {
        CyclicScheme scheme = twoLineScheme("Abonament");
        fx.base.as(fx.base.operator(5, "wiktor", Role.VIEWER));
        assertEquals(1, fx.schemes.list().size());
        assertThrows(AccessDeniedException.class, () -> fx.schemes.create(draft("X", DEC_1, List.of(fromCatalogue(1)))));
        assertThrows(AccessDeniedException.class, () -> fx.schemes.addParticipant(scheme.id(),
                new ParticipantDraft(acme.id(), null, null, null)));
        assertThrows(AccessDeniedException.class, () -> fx.schemes.delete(scheme.id(), scheme.version()));
    }

    private CyclicScheme twoLineScheme(String name) {
        return fx.schemes.create(draft(name, DEC_1, List.of(fromCatalogue(1), freeText("Serwis", "1", "80", "8"))));
    }

    private SchemeItem fromCatalogue(int quantity) {
        return new SchemeItem(0, subscription.id(), null, null, BigDecimal.valueOf(quantity), null, null);
    }

    static SchemeItem freeText(String name, String quantity, String price, String rate) {
        return new SchemeItem(0, null, name, "godz.", new BigDecimal(quantity), new BigDecimal(price), rate);
    }

    static CyclicSchemeDraft draft(String name, LocalDate from, List<SchemeItem> items) {
        return new CyclicSchemeDraft(name, null, null, null, null, null, null, null, from, null, null, false, null,
                null, items);
    }

    private static CyclicSchemeDraft draft(String name, InvoiceKind kind, String series, List<SchemeItem> items) {
        return new CyclicSchemeDraft(name, kind, series, null, null, null, null, null, DEC_1, null, null, false, null,
                null, items);
    }

    /** The scheme as it is but for its items. */
    private static CyclicSchemeDraft withItems(CyclicScheme s, List<SchemeItem> items) {
        return new CyclicSchemeDraft(s.name(), s.kind(), s.series(), s.every(), s.unit(), s.timing(), s.issueDay(),
                s.dueDays(), s.activeFrom(), s.activeUntil(), s.paymentMethod(), s.splitPayment(), s.notes(), s.catchUp(),
                items);
    }

    static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }
}
