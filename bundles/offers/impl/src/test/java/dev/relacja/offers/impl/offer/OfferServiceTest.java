package dev.relacja.offers.impl.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueItemDraft;
import dev.relacja.invoicing.api.ItemKind;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferLine;
import dev.relacja.offers.api.OfferLineDraft;
import dev.relacja.offers.api.OfferPromotionDraft;
import dev.relacja.offers.api.OfferQuery;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.api.OfferTexts;
import dev.relacja.offers.api.OfferVatTotal;
import dev.relacja.offers.api.PromotionKind;
import dev.relacja.offers.impl.OffersFixture;
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

class OfferServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private OffersFixture fx;
    private Operator anna;
    private Operator viewer;
    private Counterparty acme;

    @BeforeEach
    void setUp() {
        fx = new OffersFixture(Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
        anna = fx.operator(2, "anna", Role.OPERATOR);
        viewer = fx.operator(5, "wiktor", Role.VIEWER);
        fx.as(anna);
        acme = fx.customer("ACME", "Acme Sp. z o.o.");
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    /** Three lines at 23 % and 8 %, a 5 % promotion on the first and a 100.00 discount line at 23 %. */
    static OfferDraft promotedDraft(long counterpartyId) {
        return new OfferDraft(counterpartyId, null, null, null, null, null, null, List.of(
                line("Laptop", "2", "3000.00", "10", "23"),
                line("Książka", "3", "33.33", null, "8"),
                line("Serwis", "1", "500.00", null, "23")), List.of(
                new OfferPromotionDraft(PromotionKind.PERCENT_ON_LINES, "Rabat świąteczny", new BigDecimal("5"),
                        List.of(1), null, null),
                new OfferPromotionDraft(PromotionKind.DISCOUNT_LINE, "Bon lojalnościowy", null, null,
                        new BigDecimal("100.00"), "23")),
                new OfferTexts("Przelew 14 dni", "Dostawa w 5 dni roboczych", "Szanowni Państwo", "Referencje: X",
                        "Relacja od 2020", "Laptopy klasy biznes"));
    }

    @Test
    void totalsTakeDiscountsAndPromotionsPerVatRateByTheCoreRules() {
        Offer offer = fx.offers.create(promotedDraft(acme.id()));

        assertEquals(OfferStatus.DRAFT, offer.status());
        assertEquals("draft #" + offer.id(), offer.label());
        assertEquals(TODAY, offer.issueDate());
        assertEquals(TODAY.plusDays(30), offer.validUntil());
        assertEquals("PLN", offer.currency());
        assertEquals(anna.id(), offer.ownerId());
        // 2 × 3000.00 less 10 % = 5400.00, less the 5 % promotion = 5130.00
        OfferLine laptop = offer.lines().get(0);
        assertEquals(new BigDecimal("5.00"), laptop.promotionPercent());
        assertEquals(new BigDecimal("5130.00"), laptop.net());
        assertEquals(new BigDecimal("1179.90"), laptop.vat());
        assertEquals(new BigDecimal("0.00"), offer.lines().get(1).promotionPercent());
        assertEquals(new BigDecimal("270.00"), offer.promotions().get(0).saving());
        assertEquals(new BigDecimal("100.00"), offer.promotions().get(1).saving());
        // 23 %: 5130.00 + 500.00 − 100.00 = 5530.00, VAT 1271.90; 8 %: 99.99, VAT 7.9992 rounded once to 8.00
        assertEquals(List.of(new OfferVatTotal("23", new BigDecimal("5530.00"), new BigDecimal("1271.90"),
                        new BigDecimal("6801.90")),
                new OfferVatTotal("8", new BigDecimal("99.99"), new BigDecimal("8.00"), new BigDecimal("107.99"))),
                offer.vatTotals());
        assertEquals(new BigDecimal("5629.99"), offer.net());
        assertEquals(new BigDecimal("1279.90"), offer.vat());
        assertEquals(new BigDecimal("6909.89"), offer.gross());
        assertEquals("Rabat świąteczny", offer.promotions().get(0).wording());
        assertEquals(List.of(1), offer.promotions().get(0).linePositions());
        assertEquals("Laptopy klasy biznes", offer.texts().productInformation());

        Offer read = fx.offers.find(offer.id()).orElseThrow();
        assertEquals(offer.vatTotals(), read.vatTotals());
        assertEquals(offer.lines(), read.lines());
        assertEquals(offer.promotions(), read.promotions());
        assertEquals(List.of("offers/CREATED " + offer.id()), fx.events);
    }

    @Test
    void grossPricesTakeVatOutOfEachRatesTotal() {
        Offer offer = fx.offers.create(new OfferDraft(acme.id(), null, null, null, null, null, "GROSS",
                List.of(line("Abonament", "1", "123.00", null, "23")), List.of(
                        new OfferPromotionDraft(PromotionKind.PERCENT_ON_LINES, "Minus 10 %", new BigDecimal("10"),
                                List.of(1), null, null),
                        new OfferPromotionDraft(PromotionKind.DISCOUNT_LINE, "Bon", null, List.of(),
                                new BigDecimal("10.70"), "23")), null));

        // 123.00 less 10 % = 110.70 gross, less 10.70 = 100.00 gross at 23 %: VAT 100 × 23 / 123 = 18.70
        assertEquals(new BigDecimal("110.70"), offer.lines().get(0).gross());
        assertEquals(new BigDecimal("12.30"), offer.promotions().get(0).saving());
        assertEquals(new BigDecimal("100.00"), offer.gross());
        assertEquals(new BigDecimal("18.70"), offer.vat());
        assertEquals(new BigDecimal("81.30"), offer.net());
    }

    @Test
    void aCatalogueItemFillsWhatTheLineLeavesOut() {
        CatalogueItem item = fx.catalogue.create(new CatalogueItemDraft("USL-01", "Wdrożenie", ItemKind.SERVICE,
                "usł.", new BigDecimal("1000.00"), null, "23", null, null));

        Offer net = fx.offers.create(new OfferDraft(acme.id(), null, null, null, null, null, null, List.of(
                new OfferLineDraft(item.id(), null, "Etap 1", null, BigDecimal.ONE, null, null, null)), null, null));
        Offer gross = fx.offers.create(new OfferDraft(acme.id(), null, null, null, null, null, "GROSS", List.of(
                new OfferLineDraft(item.id(), null, null, null, BigDecimal.ONE, null, null, null)), null, null));

        OfferLine line = net.lines().get(0);
        assertEquals(item.id(), line.catalogueItemId());
        assertEquals("Wdrożenie", line.name());
        assertEquals("Etap 1", line.description());
        assertEquals("usł.", line.unit());
        assertEquals("23", line.vatRate());
        assertEquals(new BigDecimal("1000.00"), line.unitPrice());
        assertEquals(new BigDecimal("1230.00"), gross.lines().get(0).unitPrice());
        assertEquals(new BigDecimal("1230.00"), gross.gross());
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndStoresNothing() {
        ValidationException refused = assertThrows(ValidationException.class, () -> fx.offers.create(new OfferDraft(
                acme.id(), null, null, TODAY, TODAY.minusDays(1), "EUR", "NETTO", List.of(
                        line("Ujemna", "-1", "10.00", null, "23"),
                        line("Zła stawka", "1", "10.00", null, "22"),
                        line("Za duży rabat", "1", "10.00", "100.5", "23")), List.of(
                        new OfferPromotionDraft(PromotionKind.PERCENT_ON_LINES, "Na nic", new BigDecimal("5"),
                                List.of(4), null, null),
                        new OfferPromotionDraft(PromotionKind.DISCOUNT_LINE, " ", null, null, BigDecimal.ZERO, "23")),
                null)));

        assertEquals(Set.of("validUntil", "currency", "priceBasis", "lines[0].quantity", "lines[1].vatRate",
                "lines[2].discountPercent", "promotions[0].linePositions", "promotions[1].wording",
                "promotions[1].amount"), fields(refused));
        assertEquals(0, fx.rows("offers_offer"));
        assertTrue(fx.events.isEmpty());
    }

    @Test
    void anArchivedOrUnknownCounterpartyAndSomeoneElsesContactPersonAreRefused() {
        Counterparty other = fx.customer("OTHER", "Inna Sp. z o.o.");
        ContactPerson jan = fx.counterparties.addContactPerson(other.id(),
                new ContactPersonDraft("Jan Kowalski", "zakupy", List.of(), List.of(), false));
        Counterparty archived = fx.counterparties.archive(acme.id(), acme.version());

        assertEquals(Set.of("counterpartyId", "contactPersonId"), fields(assertThrows(ValidationException.class,
                () -> fx.offers.create(new OfferDraft(archived.id(), jan.id(), null, null, null, null, null,
                        List.of(), null, null)))));
        assertEquals(Set.of("counterpartyId"), fields(assertThrows(ValidationException.class,
                () -> fx.offers.create(new OfferDraft(999L, null, null, null, null, null, null, null, null, null)))));
        assertEquals(Set.of("ownerId"), fields(assertThrows(ValidationException.class,
                () -> fx.offers.create(new OfferDraft(other.id(), null, 404L, null, null, null, null, null, null,
                        null)))));
        Offer addressed = fx.offers.create(new OfferDraft(other.id(), jan.id(), viewer.id(), null, null, null, null,
                null, null, null));
        assertEquals(jan.id(), addressed.contactPersonId());
        assertEquals(viewer.id(), addressed.ownerId());
        assertEquals(1, fx.rows("offers_offer"));
    }

    @Test
    void promotionsMustNotOverlapNorTakeMoreThanTheirLinesAreWorth() {
        OfferDraft overlapping = new OfferDraft(acme.id(), null, null, null, null, null, null, List.of(
                line("A", "1", "100.00", null, "23"), line("B", "1", "50.00", null, "8")), List.of(
                new OfferPromotionDraft(PromotionKind.PERCENT_ON_LINES, "Pierwsza", BigDecimal.TEN, List.of(1, 2),
                        null, null),
                new OfferPromotionDraft(PromotionKind.PERCENT_ON_LINES, "Druga", BigDecimal.TEN, List.of(2), null,
                        null)), null);
        ValidationException twice = assertThrows(ValidationException.class, () -> fx.offers.create(overlapping));
        assertEquals(Set.of("promotions[1].linePositions"), fields(twice));
        assertTrue(twice.getMessage().contains("line 2 already takes promotion 1"), twice.getMessage());

        OfferDraft tooMuch = new OfferDraft(acme.id(), null, null, null, null, null, null, List.of(
                line("A", "1", "100.00", null, "23"), line("B", "1", "50.00", null, "8")), List.of(
                new OfferPromotionDraft(PromotionKind.DISCOUNT_LINE, "Bon", null, null, new BigDecimal("60.00"), "8")),
                null);
        assertEquals(Set.of("promotions[0].amount"), fields(assertThrows(ValidationException.class,
                () -> fx.offers.create(tooMuch))));
        assertEquals(0, fx.rows("offers_offer"));
    }

    @Test
    void aDraftIsChangedUnderItsVersionAndBadChangesLeaveItAsItWas() {
        Offer offer = fx.offers.create(promotedDraft(acme.id()));
        OfferDraft edit = OfferDraft.of(offer).plusLine(line("Torba", "1", "100.00", null, "23"));

        Offer changed = fx.offers.update(offer.id(), offer.version(), edit);
        assertEquals(4, changed.lines().size());
        assertEquals(new BigDecimal("7032.89"), changed.gross());
        assertThrows(StaleVersionException.class, () -> fx.offers.update(offer.id(), offer.version(), edit));

        OfferDraft invalid = OfferDraft.of(changed).plusLine(line("Ujemna", "-2", "1.00", null, "23"));
        assertThrows(ValidationException.class, () -> fx.offers.update(offer.id(), changed.version(), invalid));
        Offer unchanged = fx.offers.find(offer.id()).orElseThrow();
        assertEquals(changed.version(), unchanged.version());
        assertEquals(4, unchanged.lines().size());
        assertEquals(4, fx.rows("offers_line"));

        Offer fewer = fx.offers.update(offer.id(), changed.version(), new OfferDraft(acme.id(), null, null, null,
                null, null, null, List.of(line("Jedna", "1", "10.00", null, "zw")), List.of(), null));
        assertEquals(1, fewer.lines().size());
        assertEquals(0, fx.rows("offers_promotion"));
        assertEquals(1, fx.rows("offers_line"));
    }

    @Test
    void onlyADraftIsDeletedAndAnAnsweredOfferIsNotChanged() {
        Offer draft = fx.offers.create(promotedDraft(acme.id()));
        long accepted = fx.storedOffer(acme.id(), OfferStatus.ACCEPTED, "OF/90/2026");
        long sent = fx.storedOffer(acme.id(), OfferStatus.SENT, "OF/91/2026");

        ConflictException changing = assertThrows(ConflictException.class,
                () -> fx.offers.update(accepted, 1, promotedDraft(acme.id())));
        assertTrue(changing.getMessage().contains("OF/90/2026 is ACCEPTED"), changing.getMessage());
        assertThrows(ConflictException.class, () -> fx.offers.delete(sent, 1));
        assertThrows(StaleVersionException.class, () -> fx.offers.delete(draft.id(), draft.version() + 1));

        fx.offers.delete(draft.id(), draft.version());
        assertTrue(fx.offers.find(draft.id()).isEmpty());
        assertEquals(2, fx.rows("offers_offer"));
        assertEquals(2, fx.rows("offers_line"));
        assertEquals(0, fx.rows("offers_promotion"));
        assertTrue(fx.events.contains("offers/DELETED " + draft.id()));
        assertThrows(NotFoundException.class, () -> fx.offers.delete(draft.id(), draft.version()));
    }

    @Test
    void searchesFilterByCounterpartyAndStatusAndViewersOnlyRead() {
        Counterparty other = fx.customer("OTHER", "Inna Sp. z o.o.");
        Offer first = fx.offers.create(promotedDraft(acme.id()));
        fx.offers.create(promotedDraft(other.id()));
        fx.storedOffer(acme.id(), OfferStatus.SENT, "OF/91/2026");

        assertEquals(3, fx.offers.search(OfferQuery.ALL, new PageRequest(0, 20)).total());
        assertEquals(2, fx.offers.search(new OfferQuery(acme.id(), null), new PageRequest(0, 20)).total());
        assertEquals(List.of(first.id()), fx.offers.search(new OfferQuery(acme.id(), OfferStatus.DRAFT),
                new PageRequest(0, 20)).items().stream().map(Offer::id).toList());

        fx.as(viewer);
        assertEquals(3, fx.offers.search(null, new PageRequest(0, 1)).total());
        assertThrows(AccessDeniedException.class, () -> fx.offers.create(promotedDraft(acme.id())));
        assertThrows(AccessDeniedException.class, () -> fx.offers.delete(first.id(), first.version()));
    }

    @Test
    void offersShowOnTheCounterpartysTimelineAndAsRecords() {
        Offer offer = fx.offers.create(promotedDraft(acme.id()));
        long sent = fx.storedOffer(acme.id(), OfferStatus.SENT, "OF/91/2026");
        OfferTimeline timeline = new OfferTimeline(fx.store, fx.callers);
        OfferRecords records = new OfferRecords(fx.store);

        List<String> summaries = timeline.entriesFor(acme.id(), 10).stream().map(e -> e.recordType() + " "
                + e.recordId() + " " + e.summary()).toList();

        assertTrue(summaries.contains("offer " + offer.id() + " Offer draft #" + offer.id() + ": 6909.89 PLN gross"),
                summaries.toString());
        assertTrue(summaries.contains("offer " + sent + " Offer OF/91/2026 (sent): 123.00 PLN gross"),
                summaries.toString());
        assertEquals("Offer draft #" + offer.id(), records.title(new RecordRef("offer", offer.id())).orElseThrow());
        assertTrue(records.title(new RecordRef("offer", 404)).isEmpty());
        assertTrue(records.title(new RecordRef("invoice", offer.id())).isEmpty());
        assertNull(offer.contactPersonId());
    }

    static OfferLineDraft line(String name, String quantity, String price, String discount, String vat) {
        return new OfferLineDraft(null, name, null, "szt.", new BigDecimal(quantity), new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), vat);
    }

    private static Set<String> fields(ValidationException e) {
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }
}
