package dev.relacja.invoicing.impl.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.Address;
import dev.relacja.contacts.api.Addresses;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.core.api.numbering.ResetPeriod;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueItemDraft;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceDraft;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceLineDraft;
import dev.relacja.invoicing.api.InvoiceQuery;
import dev.relacja.invoicing.api.InvoiceStatus;
import dev.relacja.invoicing.api.InvoiceVatTotal;
import dev.relacja.invoicing.api.ItemKind;
import dev.relacja.invoicing.api.PaymentMethod;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvoiceServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private InvoiceFixture fx;
    private Operator viewer;
    private Counterparty acme;

    @BeforeEach
    void setUp() {
        fx = new InvoiceFixture(Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
        Operator anna = fx.operator(2, "anna", Role.OPERATOR);
        viewer = fx.operator(5, "wiktor", Role.VIEWER);
        fx.as(anna);
        acme = fx.counterparties.create(new CounterpartyDraft("ACME", "Acme Sp. z o.o.", CounterpartyKind.COMPANY,
                "5260250274", null, new Addresses(new Address("ul. Polna 5", "30-001", "Kraków", "PL"), null),
                List.of(), List.of(), null, null, 30, false, List.of(), null, null));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void netBasisTotalsAreComputedPerRateWithPerRateRounding() {
        Invoice draft = fx.invoices.create(draft(acme.id(), "NET", List.of(
                line("Usługa A", "3", "10.00", null, "23"),
                line("Usługa B", "1.5", "33.33", "10", "8"),
                line("Drobiazg 1", "1", "0.02", null, "23"),
                line("Drobiazg 2", "1", "0.02", null, "23"),
                line("Drobiazg 3", "1", "0.02", null, "23"))));

        assertEquals(InvoiceStatus.DRAFT, draft.status());
        assertNull(draft.number());
        // 1.5 × 33.33 less 10 % = 44.9955, rounded to grosze once
        assertEquals(new BigDecimal("45.00"), draft.lines().get(1).net());
        assertEquals(new BigDecimal("3.60"), draft.lines().get(1).vat());
        // three lines of 0.02 carry no VAT each, but their rate's total 0.06 does: VAT is per rate, not per line
        assertEquals(new BigDecimal("0.00"), draft.lines().get(2).vat());
        assertEquals(List.of(total("23", "30.06", "6.91", "36.97"), total("8", "45.00", "3.60", "48.60")),
                draft.vatTotals());
        assertEquals(new BigDecimal("75.06"), draft.net());
        assertEquals(new BigDecimal("10.51"), draft.vat());
        assertEquals(new BigDecimal("85.57"), draft.gross());
        // defaults: sale date = issue date, due in the counterparty's 30 days, the company's account
        assertEquals(TODAY, draft.issueDate());
        assertEquals(TODAY, draft.saleDate());
        assertEquals(TODAY.plusDays(30), draft.dueDate());
        assertEquals(InvoiceFixture.COMPANY_ACCOUNT, draft.bankAccount());
        assertEquals(draft, fx.invoices.find(draft.id()).orElseThrow());
    }

    @Test
    void grossBasisTotalsDeriveVatFromEachRatesGross() {
        Invoice draft = fx.invoices.create(draft(acme.id(), "GROSS", List.of(
                line("Towar A", "2", "12.30", null, "23"),
                line("Towar B", "1", "10.80", null, "8"),
                line("Drobiazg 1", "1", "0.02", null, "23"),
                line("Drobiazg 2", "1", "0.02", null, "23"),
                line("Drobiazg 3", "1", "0.02", null, "23"))));

        assertEquals(new BigDecimal("24.60"), draft.lines().get(0).gross());
        assertEquals(new BigDecimal("4.60"), draft.lines().get(0).vat());
        assertEquals(new BigDecimal("20.00"), draft.lines().get(0).net());
        assertEquals(List.of(total("23", "20.05", "4.61", "24.66"), total("8", "10.00", "0.80", "10.80")),
                draft.vatTotals());
        assertEquals(new BigDecimal("30.05"), draft.net());
        assertEquals(new BigDecimal("5.41"), draft.vat());
        assertEquals(new BigDecimal("35.46"), draft.gross());
    }

    @Test
    void aCatalogueItemFillsInNameUnitPriceAndRate() {
        fx.as(fx.operator(3, "admin", Role.ADMIN));
        CatalogueItem item = fx.catalogue.create(new CatalogueItemDraft("SERW-GODZ", "Godzina serwisu", ItemKind.SERVICE,
                "godz.", new BigDecimal("150.00"), null, "23", null, null));
        Invoice draft = fx.invoices.create(draft(acme.id(), null, List.of(
                new InvoiceLineDraft(item.id(), null, null, new BigDecimal("2"), null, null, null))));
        assertEquals("Godzina serwisu", draft.lines().get(0).name());
        assertEquals("godz.", draft.lines().get(0).unit());
        assertEquals(new BigDecimal("300.00"), draft.lines().get(0).net());
        assertEquals(new BigDecimal("369.00"), draft.gross());
    }

    @Test
    void issuingThreeInvoicesGivesConsecutiveNumbersAndFreezesThem() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Invoice draft = fx.invoices.create(simpleDraft());
            Invoice issued = fx.invoices.issue(draft.id());
            assertEquals(InvoiceStatus.ISSUED, issued.status());
            numbers.add(issued.number());
        }
        assertEquals(List.of("FS/1/11/2026", "FS/2/11/2026", "FS/3/11/2026"), numbers);
        assertTrue(fx.events.contains("invoicing/ISSUED 3 FS/3/11/2026"), fx.events.toString());

        Invoice issued = fx.invoices.findByNumber("FS/2/11/2026").orElseThrow();
        assertEquals("Relacja Sp. z o.o.", issued.seller().name());
        assertEquals("7740001454", issued.seller().nip());
        assertEquals(List.of("ul. Polna 5", "30-001 Kraków"), issued.buyer().addressLines());
        assertThrows(ConflictException.class,
                () -> fx.invoices.update(issued.id(), issued.version(), InvoiceDraft.of(issued).withLines(List.of())));
        assertThrows(ConflictException.class, () -> fx.invoices.issue(issued.id()));
        assertEquals(issued, fx.invoices.find(issued.id()).orElseThrow());
        assertEquals(3, fx.invoices.search(new InvoiceQuery(acme.id(), InvoiceStatus.ISSUED, InvoiceKind.SALES, TODAY,
                TODAY, "fs/"), new PageRequest(0, 10)).total());
        assertEquals(1, fx.invoices.search(new InvoiceQuery(null, null, null, null, null, "FS/3/"),
                new PageRequest(0, 10)).total());
    }

    @Test
    void aDraftChangesUnderItsVersionOnly() {
        Invoice draft = fx.invoices.create(simpleDraft());
        Invoice changed = fx.invoices.update(draft.id(), draft.version(), InvoiceDraft.of(draft)
                .withLines(List.of(line("Inna usługa", "4", "25", null, "8"))));
        assertEquals(new BigDecimal("108.00"), changed.gross());
        assertEquals(1, changed.lines().size());
        assertEquals(1, fx.rows("invoicing_invoice_line"));
        assertThrows(StaleVersionException.class, () -> fx.invoices.update(draft.id(), draft.version(), InvoiceDraft.of(draft)));
    }

    @Test
    void theBuyerSnapshotStaysAsIssuedWhenTheCounterpartyChanges() {
        Invoice issued = fx.invoices.issue(fx.invoices.create(simpleDraft()).id());
        Counterparty current = fx.counterparties.find(acme.id()).orElseThrow();
        fx.counterparties.update(acme.id(), current.version(), new CounterpartyDraft("ACME", "Acme Nowa Nazwa S.A.",
                CounterpartyKind.COMPANY, "7740001454", null,
                new Addresses(new Address("ul. Inna 9", "00-950", "Warszawa", "PL"), null), List.of(), List.of(), null, null,
                7, false, List.of(), null, null));

        Invoice again = fx.invoices.find(issued.id()).orElseThrow();
        assertEquals("Acme Sp. z o.o.", again.buyer().name());
        assertEquals("5260250274", again.buyer().nip());
        assertEquals(List.of("ul. Polna 5", "30-001 Kraków"), again.buyer().addressLines());
        assertEquals(issued, again);
    }

    @Test
    void paymentsArePartialThenFullAndAnOverpaymentIsRefused() {
        Invoice issued = fx.invoices.issue(fx.invoices.create(simpleDraft()).id()); // 123.00 gross
        Invoice partly = fx.invoices.registerPayment(issued.id(), new BigDecimal("23.00"), TODAY, PaymentMethod.CASH);
        assertEquals(InvoiceStatus.ISSUED, partly.status());
        assertEquals(new BigDecimal("100.00"), partly.due());

        ValidationException over = assertThrows(ValidationException.class,
                () -> fx.invoices.registerPayment(issued.id(), new BigDecimal("100.01"), TODAY, PaymentMethod.TRANSFER));
        assertEquals(Set.of("amount"), fields(over));
        assertEquals(1, fx.rows("invoicing_payment"));
        assertThrows(ValidationException.class,
                () -> fx.invoices.registerPayment(issued.id(), BigDecimal.ZERO, TODAY, PaymentMethod.TRANSFER));

        Invoice paid = fx.invoices.registerPayment(issued.id(), new BigDecimal("100"), TODAY, null);
        assertEquals(InvoiceStatus.PAID, paid.status());
        assertEquals(new BigDecimal("123.00"), paid.paid());
        assertEquals(2, paid.payments().size());
        assertTrue(fx.events.contains("invoicing/PAID " + paid.id() + " FS/1/11/2026"), fx.events.toString());
        assertThrows(ConflictException.class,
                () -> fx.invoices.registerPayment(issued.id(), new BigDecimal("1"), TODAY, PaymentMethod.CASH));
        assertThrows(ConflictException.class, () -> fx.invoices.cancel(issued.id()));
    }

    @Test
    void aDraftCannotBePaid() {
        Invoice draft = fx.invoices.create(simpleDraft());
        assertThrows(ConflictException.class,
                () -> fx.invoices.registerPayment(draft.id(), new BigDecimal("1"), TODAY, PaymentMethod.CASH));
    }

    @Test
    void theCounterpartysTimelineShowsItsInvoicesLatestFirst() {
        Invoice draft = fx.invoices.create(simpleDraft());
        Invoice issued = fx.invoices.issue(fx.invoices.create(simpleDraft()).id());
        Invoice proForma = fx.invoices.create(new InvoiceDraft(InvoiceKind.PRO_FORMA, acme.id(), null, null, null,
                null, null, null, null, false, null, null, null, List.of(line("Usługa", "1", "100", null, "23")),
                null));
        fx.as(viewer);

        List<String> entries = new InvoiceTimeline(fx.store, fx.callers).entriesFor(acme.id(), 10).stream()
                .map(e -> e.module() + " " + e.recordType() + ":" + e.recordId() + " " + e.summary()).toList();

        assertEquals(List.of(
                "invoicing invoice:" + proForma.id() + " Pro forma draft #" + proForma.id() + " (draft): 123.00 PLN gross",
                "invoicing invoice:" + issued.id() + " Invoice FS/1/11/2026 (issued): 123.00 PLN gross",
                "invoicing invoice:" + draft.id() + " Invoice draft #" + draft.id() + " (draft): 123.00 PLN gross"),
                entries);
    }

    @Test
    void aCancelledInvoiceKeepsItsNumberAndTheSeriesMovesOn() {
        Invoice first = fx.invoices.issue(fx.invoices.create(simpleDraft()).id());
        Invoice sent = fx.invoices.markSent(first.id());
        assertEquals(InvoiceStatus.SENT, sent.status());
        Invoice cancelled = fx.invoices.cancel(first.id());
        assertEquals(InvoiceStatus.CANCELLED, cancelled.status());
        assertEquals("FS/1/11/2026", cancelled.number());
        assertTrue(fx.events.contains("invoicing/CANCELLED " + first.id() + " FS/1/11/2026"), fx.events.toString());
        assertEquals("FS/2/11/2026", fx.invoices.issue(fx.invoices.create(simpleDraft()).id()).number());
        assertThrows(ConflictException.class, () -> fx.invoices.cancel(first.id()));
    }

    @Test
    void aProFormaHasItsOwnSeriesAndConvertsOnce() {
        Invoice proForma = fx.invoices.create(new InvoiceDraft(InvoiceKind.PRO_FORMA, acme.id(), null, null, null, null,
                null, null, null, false, "Zaliczka", null, null, List.of(line("Usługa", "1", "100", null, "23"),
                line("Książka", "1", "50", null, "5")), null));
        Invoice issuedProForma = fx.invoices.issue(proForma.id());
        assertEquals("PF/1/2026", issuedProForma.number());
        assertThrows(ConflictException.class,
                () -> fx.invoices.registerPayment(proForma.id(), new BigDecimal("1"), TODAY, PaymentMethod.CASH));

        Invoice sales = fx.invoices.convertProForma(proForma.id());
        assertEquals(InvoiceKind.SALES, sales.kind());
        assertEquals(InvoiceStatus.DRAFT, sales.status());
        assertEquals(proForma.id(), sales.convertedFromId());
        assertEquals(issuedProForma.lines(), sales.lines());
        assertEquals(issuedProForma.vatTotals(), sales.vatTotals());
        assertEquals(sales.id(), fx.invoices.find(proForma.id()).orElseThrow().convertedToId());
        assertThrows(ConflictException.class, () -> fx.invoices.convertProForma(proForma.id()));
        assertThrows(ConflictException.class, () -> fx.invoices.convertProForma(sales.id()));
        assertEquals("FS/1/11/2026", fx.invoices.issue(sales.id()).number());
    }

    @Test
    void everyBadInputIsReportedAtOnceAndNothingIsStored() {
        InvoiceDraft bad = new InvoiceDraft(InvoiceKind.SALES, acme.id(), TODAY, null, LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 11, 1), PaymentMethod.CASH, TODAY.minusDays(1), null, true, null, "EUR", "BRUTTO",
                List.of(line("Ujemna", "-1", "10", null, "23"), line("Zero", "0", "10", null, "23"),
                        line("Zła stawka", "1", "10", null, "22"), line("Rabat", "1.0001", "-1", "101", "8")), null);
        ValidationException refused = assertThrows(ValidationException.class, () -> fx.invoices.create(bad));
        assertEquals(Set.of("periodTo", "dueDate", "splitPayment", "currency", "priceBasis", "lines[0].quantity",
                "lines[1].quantity", "lines[2].vatRate", "lines[3].quantity", "lines[3].discountPercent"),
                fields(refused));

        ValidationException unknown = assertThrows(ValidationException.class,
                () -> fx.invoices.create(draft(999_999L, null, List.of(line("X", "1", "1", null, "23")))));
        assertEquals(Set.of("counterpartyId"), fields(unknown));
        assertEquals(0, fx.rows("invoicing_invoice"));
        assertEquals(0, fx.rows("invoicing_invoice_line"));
    }

    @Test
    void aFreeTextDiscountLineTakesOffItsRatesValue() {
        Invoice draft = fx.invoices.create(draft(acme.id(), "NET", List.of(line("Usługa", "1", "100.00", null, "23"),
                line("Książka", "2", "50.00", null, "8"), line("Rabat jesienny", "1", "-10.00", null, "23"))));

        assertEquals(new BigDecimal("-10.00"), draft.lines().get(2).net());
        assertEquals(new BigDecimal("-2.30"), draft.lines().get(2).vat());
        assertEquals(List.of(total("23", "90.00", "20.70", "110.70"), total("8", "100.00", "8.00", "108.00")),
                draft.vatTotals());
        assertEquals(new BigDecimal("218.70"), fx.invoices.issue(draft.id()).gross());
    }

    @Test
    void aDiscountLineIsFreeTextWithoutAPercentageAndNeverTakesARateBelowZero() {
        fx.as(fx.operator(3, "admin", Role.ADMIN));
        CatalogueItem item = fx.catalogue.create(new CatalogueItemDraft("RABAT", "Rabat", ItemKind.SERVICE,
                "szt.", new BigDecimal("0.00"), null, "23", null, null));
        InvoiceDraft bad = draft(acme.id(), "NET", List.of(line("Usługa", "1", "100.00", null, "23"),
                new InvoiceLineDraft(item.id(), null, null, BigDecimal.ONE, new BigDecimal("-5.00"), null, null),
                line("Rabat z procentem", "1", "-5.00", "10", "23")));
        ValidationException refused = assertThrows(ValidationException.class, () -> fx.invoices.create(bad));
        assertEquals(Set.of("lines[1].unitPrice", "lines[2].discountPercent"), fields(refused));

        ValidationException tooMuch = assertThrows(ValidationException.class, () -> fx.invoices.create(draft(acme.id(),
                "GROSS", List.of(line("Usługa", "1", "100.00", null, "23"), line("Książka", "1", "10.00", null, "8"),
                        line("Rabat", "1", "-10.01", null, "8")))));
        assertEquals(Set.of("lines"), fields(tooMuch));
        assertTrue(tooMuch.getMessage().contains("VAT 8") && tooMuch.getMessage().contains("-0.01"),
                tooMuch.getMessage());
        assertEquals(0, fx.rows("invoicing_invoice"));
    }

    @Test
    void issuingIsRefusedWithoutLinesAndUsesNoNumber() {
        Invoice empty = fx.invoices.create(draft(acme.id(), null, List.of()));
        ValidationException noLines = assertThrows(ValidationException.class, () -> fx.invoices.issue(empty.id()));
        assertEquals(Set.of("lines"), fields(noLines));
        assertEquals(InvoiceStatus.DRAFT, fx.invoices.find(empty.id()).orElseThrow().status());

        // a private person needs no NIP (a company without one the contacts module already refuses)
        Counterparty person = fx.counterparties.create(new CounterpartyDraft("KOWALSKI", "Jan Kowalski",
                CounterpartyKind.PERSON, null, null, Addresses.NONE, List.of(), List.of(), null, null, null, false,
                List.of(), null, null));
        Invoice toPerson = fx.invoices.issue(fx.invoices.create(draft(person.id(), null,
                List.of(line("X", "1", "1", null, "23")))).id());
        // the refusal above used no number
        assertEquals("FS/1/11/2026", toPerson.number());
        assertNull(toPerson.buyer().nip());
    }

    @Test
    void aSalesInvoiceToACompanyWithoutNipIsNotIssuedButAProFormaIs() {
        Invoice sales = fx.invoices.create(simpleDraft());
        Invoice proForma = fx.invoices.create(new InvoiceDraft(InvoiceKind.PRO_FORMA, acme.id(), null, null, null, null,
                null, null, null, false, null, null, null, List.of(line("X", "1", "1", null, "23")), null));
        // the contacts module refuses a company without NIP; one imported before that rule reads like this
        fx.seenAs.put(acme.id(), new Counterparty(acme.id(), acme.code(), acme.name(), CounterpartyKind.COMPANY, null,
                null, acme.addresses(), List.of(), List.of(), null, null, null, false, List.of(), null, acme.status(),
                null, acme.createdAt(), acme.updatedAt(), acme.version()));

        ValidationException refused = assertThrows(ValidationException.class, () -> fx.invoices.issue(sales.id()));
        assertEquals(Set.of("buyer.nip"), fields(refused));
        assertEquals(InvoiceStatus.DRAFT, fx.invoices.find(sales.id()).orElseThrow().status());
        assertEquals("PF/1/2026", fx.invoices.issue(proForma.id()).number());
        fx.seenAs.clear();
        assertEquals("FS/1/11/2026", fx.invoices.issue(sales.id()).number());
    }

    @Test
    void aDraftTakesAnotherSeriesOnlyWhenItIsDefinedAndNotTheOtherKinds() {
        ValidationException undefined = assertThrows(ValidationException.class,
                () -> fx.invoices.create(simpleDraft().withSeries("FSB")));
        assertEquals(Set.of("series"), fields(undefined));
        ValidationException proFormaSeries = assertThrows(ValidationException.class,
                () -> fx.invoices.create(simpleDraft().withSeries("PF")));
        assertTrue(proFormaSeries.getMessage().contains("numbers pro forma invoices"), proFormaSeries.getMessage());

        fx.as(fx.operator(1, "root", Role.ADMIN));
        fx.numbers.define("FSB", "FSB/{n}/{yyyy}", ResetPeriod.YEARLY);
        Invoice b2b = fx.invoices.issue(fx.invoices.create(simpleDraft().withSeries("FSB")).id());
        assertEquals("FSB", b2b.series());
        assertEquals("FSB/1/2026", b2b.number());
        assertEquals("FS", fx.invoices.create(simpleDraft()).series());
    }

    @Test
    void aSeriesThatRequiresTheBuyersNipRefusesAPersonWithoutOne() {
        fx.as(fx.operator(1, "root", Role.ADMIN));
        fx.numbers.define("FSB", "FSB/{n}/{yyyy}", ResetPeriod.YEARLY);
        Counterparty person = fx.counterparties.create(new CounterpartyDraft("NOWAK", "Ewa Nowak",
                CounterpartyKind.PERSON, null, null, Addresses.NONE, List.of(), List.of(), null, null, null, false,
                List.of(), null, null));
        Invoice b2b = fx.invoices.create(draft(person.id(), null, List.of(line("X", "1", "1", null, "23")))
                .withSeries("FSB"));

        ValidationException refused = assertThrows(ValidationException.class, () -> fx.invoices.issue(b2b.id()));
        assertEquals(Set.of("buyer.nip"), fields(refused));
        assertTrue(refused.getMessage().contains("series FSB"), refused.getMessage());
        assertEquals("FS/1/11/2026", fx.invoices.issue(fx.invoices.create(
                draft(person.id(), null, List.of(line("X", "1", "1", null, "23")))).id()).number());
    }

    @Test
    void overdueListsUnpaidIssuedInvoicesPastTheirDueDate() {
        Invoice late = fx.invoices.issue(fx.invoices.create(simpleDraft()
                .withDates(TODAY.minusDays(20), null, TODAY.minusDays(6))).id());
        Invoice paidLate = fx.invoices.issue(fx.invoices.create(simpleDraft()
                .withDates(TODAY.minusDays(20), null, TODAY.minusDays(6))).id());
        fx.invoices.registerPayment(paidLate.id(), paidLate.gross(), TODAY, PaymentMethod.TRANSFER);
        fx.invoices.issue(fx.invoices.create(simpleDraft()).id()); // due in 30 days
        fx.invoices.create(simpleDraft().withDates(TODAY.minusDays(20), null, TODAY.minusDays(6))); // a draft

        List<Long> overdue = fx.invoices.overdue(acme.id(), null).stream().map(Invoice::id).toList();
        assertEquals(List.of(late.id()), overdue);
        assertEquals(List.of(), fx.invoices.overdue(acme.id(), TODAY.minusDays(6)));
    }

    @Test
    void viewersReadButDoNotChange() {
        Invoice draft = fx.invoices.create(simpleDraft());
        fx.as(viewer);
        assertNotNull(fx.invoices.find(draft.id()).orElseThrow());
        assertThrows(AccessDeniedException.class, () -> fx.invoices.create(simpleDraft()));
        assertThrows(AccessDeniedException.class, () -> fx.invoices.issue(draft.id()));
    }

    private InvoiceDraft simpleDraft() {
        return draft(acme.id(), null, List.of(line("Usługa", "1", "100", null, "23")));
    }

    private static InvoiceDraft draft(long counterpartyId, String basis, List<InvoiceLineDraft> lines) {
        return new InvoiceDraft(null, counterpartyId, null, null, null, null, null, null, null, false, null, null, basis,
                lines, null);
    }

    private static InvoiceLineDraft line(String name, String quantity, String price, String discount, String rate) {
        return new InvoiceLineDraft(null, name, "szt.", new BigDecimal(quantity), new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), rate);
    }

    private static InvoiceVatTotal total(String rate, String net, String vat, String gross) {
        return new InvoiceVatTotal(rate, new BigDecimal(net), new BigDecimal(vat), new BigDecimal(gross));
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }
}
