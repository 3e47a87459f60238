package dev.relacja.offers.impl.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.documents.api.Printout;
import dev.relacja.documents.impl.DocumentRendererImpl;
import dev.relacja.documents.impl.DocumentRenderers;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferLineDraft;
import dev.relacja.offers.api.OfferPrintouts;
import dev.relacja.offers.api.OfferPromotionDraft;
import dev.relacja.offers.api.OfferTexts;
import dev.relacja.offers.api.PromotionKind;
import dev.relacja.offers.impl.OffersFixture;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Offers printed by the real renderer (FreeMarker, FOP) with the built-in templates, read back with PDFBox. */
class OfferPrintoutsTest {
    private static DocumentRendererImpl renderer;

    private OffersFixture fx;
    private OfferDocuments documents;
    private OfferPrintoutsImpl printouts;
    private Offer offer;

    @BeforeAll
    static void startRenderer() {
        renderer = DocumentRenderers.create();
        DocumentRenderers.register(renderer, new OffersTemplates(), -1, OffersTemplates.COMMON,
                OffersTemplates.FORMAL, OffersTemplates.COMPACT);
    }

    @AfterAll
    static void stopRenderer() {
        DocumentRenderers.shutdown(renderer);
    }

    @BeforeEach
    void setUp() {
        fx = new OffersFixture(Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
        Operator anna = fx.operator(2, "anna", Role.OPERATOR);
        fx.as(anna);
        Counterparty acme = fx.customer("ACME", "Acme Sp. z o.o.");
        ContactPerson jan = fx.counterparties.addContactPerson(acme.id(),
                new ContactPersonDraft("Jan Kowalski", "zakupy", List.of(), List.of(), false));
        offer = fx.offers.create(new OfferDraft(acme.id(), jan.id(), null, null, null, null, null, List.of(
                new OfferLineDraft(null, "Laptop Łoś 14", "Procesor 8 rdzeni, 32 GB", "szt.", new BigDecimal("2"),
                        new BigDecimal("3000.00"), new BigDecimal("10"), "23"),
                new OfferLineDraft(null, "Książka – podręcznik", null, "szt.", new BigDecimal("3"),
                        new BigDecimal("33.33"), null, "8"),
                new OfferLineDraft(null, "Serwis", null, "usł.", BigDecimal.ONE, new BigDecimal("500.00"), null,
                        "23")), List.of(
                new OfferPromotionDraft(PromotionKind.PERCENT_ON_LINES, "Rabat świąteczny na laptopy",
                        new BigDecimal("5"), List.of(1), null, null),
                new OfferPromotionDraft(PromotionKind.DISCOUNT_LINE, "Bon lojalnościowy", null, null,
                        new BigDecimal("100.00"), "23")),
                new OfferTexts("Przelew 14 dni od dostawy", "Dostawa kurierem w 5 dni", "Szanowni Państwo, oto oferta",
                        "Wdrożenia w 40 firmach", "Relacja działa od 2020 roku", "Laptopy z gwarancją 36 miesięcy")));
        documents = new OfferDocuments(fx.counterparties, fx.company, fx.operators, renderer, fx.storedTemplates,
                OfferPrintouts.FORMAL, "pl");
        printouts = new OfferPrintoutsImpl(fx.offers, documents);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theFormalTemplateInPolishCarriesEveryPriceTotalPromotionAndSection() {
        String text = PdfText.of(printouts.pdf(offer.id(), "formal", "pl"));

        assertContains(text, "Oferta handlowa", "draft #" + offer.id(), "Relacja Sp. z o.o.", "Acme Sp. z o.o.",
                "ul. Polna 5", "30-001 Kraków", "Jan Kowalski", "2026-11-27", "2026-12-27",
                "Laptop Łoś 14", "Procesor 8 rdzeni, 32 GB", "3 000,00", "5 130,00", "Książka – podręcznik", "33,33",
                "99,99", "500,00", "Rabat świąteczny na laptopy", "-270,00", "Bon lojalnościowy", "-100,00",
                "5 530,00", "1 271,90", "6 801,90", "107,99", "5 629,99", "1 279,90", "6 909,89 PLN",
                "Oferta jest ważna do 2026-12-27", "Przelew 14 dni od dostawy", "Dostawa kurierem w 5 dni",
                "Szanowni Państwo, oto oferta", "Wdrożenia w 40 firmach", "Relacja działa od 2020 roku",
                "Laptopy z gwarancją 36 miesięcy", "ANNA, anna@example.pl", "Strona 1 z 1");
    }

    @Test
    void theFormalTemplateInEnglishWritesEnglishWordsAndNumbers() {
        String text = PdfText.of(printouts.pdf(offer.id(), "formal", "en"));

        assertContains(text, "Commercial offer", "Valid until", "3,000.00", "5,130.00", "5,530.00", "1,271.90",
                "6,909.89 PLN", "Total to pay", "This offer is valid until 2026-12-27", "Payment terms",
                "Rabat świąteczny na laptopy", "-270.00", "Page 1 of 1");
        assertTrue(!text.contains("Oferta handlowa"), text);
    }

    @Test
    void theCompactTemplateInBothLanguagesCarriesThePricesAndTotals() {
        String polish = PdfText.of(printouts.pdf(offer.id(), "compact", "pl"));
        String english = PdfText.of(printouts.pdf(offer.id(), "COMPACT", "EN"));

        assertContains(polish, "Oferta handlowa draft #" + offer.id(), "Acme Sp. z o.o.", "5 130,00", "99,99",
                "Rabat świąteczny na laptopy", "-270,00", "Bon lojalnościowy", "1 271,90", "6 909,89 PLN",
                "Warunki płatności", "Przelew 14 dni od dostawy", "Warunki dostawy", "Oferta jest ważna do 2026-12-27");
        assertContains(english, "Commercial offer draft #" + offer.id(), "5,130.00", "-100.00", "6,909.89 PLN",
                "Delivery terms", "Dostawa kurierem w 5 dni", "This offer is valid until 2026-12-27");
    }

    @Test
    void unknownTemplatesLanguagesAndOffersAreRefusedClearly() {
        assertEquals("template", assertThrows(ValidationException.class,
                () -> printouts.pdf(offer.id(), "fancy", "pl")).errors().get(0).field());
        assertEquals("language", assertThrows(ValidationException.class,
                () -> printouts.pdf(offer.id(), "formal", "de")).errors().get(0).field());
        assertThrows(NotFoundException.class, () -> printouts.pdf(404, null, null));
        assertThrows(IllegalArgumentException.class, () -> new OfferDocuments(fx.counterparties, fx.company,
                fx.operators, renderer, fx.storedTemplates, "Fancy Template!", "pl"));
    }

    @Test
    void theMailboxGetsThePrintoutAndThePlaceholdersOfTheDefaultTemplate() {
        Printout printout = new OfferPrintoutProvider(fx.store, documents, fx.callers).printout(offer.id())
                .orElseThrow();
        Map<String, Object> model = new OfferModelProvider(fx.store, documents, fx.callers).model(offer.id())
                .orElseThrow();

        assertEquals("offer-draft-" + offer.id() + ".pdf", printout.fileName());
        assertEquals("offer", printout.aboutType());
        assertEquals(offer.counterpartyId(), printout.counterpartyId());
        assertContains(PdfText.of(printout.pdf()), "Oferta handlowa", "6 909,89 PLN");
        assertEquals("6\u00A0909,89\u00A0PLN", model.get("grandTotal"));
        assertEquals("Jan Kowalski", model.get("contactPerson"));
        assertTrue(new OfferPrintoutProvider(fx.store, documents, fx.callers).printout(404).isEmpty());
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "'" + part + "' in " + text);
        }
    }
}
