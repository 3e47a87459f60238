package dev.relacja.offers.impl.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceLine;
import dev.relacja.invoicing.api.InvoiceStatus;
import dev.relacja.invoicing.api.InvoiceVatTotal;
import dev.relacja.offers.api.ConversionKind;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferLineDraft;
import dev.relacja.offers.api.OfferPromotionDraft;
import dev.relacja.offers.api.OfferSending;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.api.OfferVatTotal;
import dev.relacja.offers.api.PromotionKind;
import dev.relacja.offers.impl.OffersFixture;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Converting accepted offers into invoices through the real invoice service: lines, discounts and promotions carried
 * so the totals per VAT rate are the offer's to the grosz, links both ways, once only, and nothing but an accepted
 * offer converts.
 */
class OfferConversionTest {
    private OfferScenario s;
    private OffersFixture fx;

    @BeforeEach
    void setUp() {
        s = new OfferScenario();
        fx = s.fx;
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    @Test
    void anAcceptedRevisionBecomesAProFormaWithItsTotalsAndThenASalesInvoice() {
        Offer sent = s.send(s.draft("3000.00", null));
        Offer revised = s.reprice(sent, "2800.00");
        Offer accepted = fx.offers.accept(sent.id(), revised.version(), 2, null);

        Offer converted = fx.offers.convert(sent.id(), accepted.version(), ConversionKind.PRO_FORMA);

        assertEquals(OfferStatus.CONVERTED, converted.status());
        assertEquals(ConversionKind.PRO_FORMA, converted.conversion().kind());
        assertEquals("OF/1/2026 r2", converted.conversion().label());
        assertEquals("anna", converted.conversion().operator());
        Invoice proForma = fx.invoices.find(converted.conversion().invoiceId()).orElseThrow();
        assertEquals(InvoiceKind.PRO_FORMA, proForma.kind());
        assertEquals(InvoiceStatus.DRAFT, proForma.status());
        assertEquals(s.acme.id(), proForma.counterpartyId());
        assertEquals("Na podstawie oferty OF/1/2026 r2", proForma.notes());
        assertEquals(List.of("Laptop biznesowy 2.000 2800.00", "Serwis 1.000 500.00"), proForma.lines().stream()
                .map(l -> l.name() + " " + l.quantity() + " " + l.unitPrice()).toList());
        assertSameTotals(converted, proForma);
        assertEquals(new BigDecimal("7503.00"), proForma.gross());
        assertEquals(List.of("offer:" + sent.id() + " -> invoice:" + proForma.id() + " (converted from OF/1/2026 r2)"),
                fx.links.linked);
        assertTrue(fx.events.contains("offers/CONVERTED " + sent.id()), fx.events.toString());
        assertEquals(converted, fx.offers.find(sent.id()).orElseThrow());

        ConflictException twice = assertThrows(ConflictException.class,
                () -> fx.offers.convert(sent.id(), converted.version(), ConversionKind.SALES));
        assertTrue(twice.getMessage().contains("converted already, into invoice " + proForma.id()),
                twice.getMessage());
        assertEquals(1, fx.rows("invoicing_invoice"));

        fx.invoices.issue(proForma.id());
        Invoice sales = fx.invoices.issue(fx.invoices.convertProForma(proForma.id()).id());
        assertEquals(InvoiceKind.SALES, sales.kind());
        assertEquals(proForma.vatTotals(), sales.vatTotals());
        assertEquals(new BigDecimal("7503.00"), sales.gross());
    }

    @Test
    void promotionsBecomeDiscountLinesSoEveryRatesTotalIsTheOffersToTheGrosz() {
        for (String basis : List.of("NET", "GROSS")) {
            Offer offer = fx.offers.create(new OfferDraft(s.acme.id(), null, null, null, null, null, basis, List.of(
                    line("Monitor", "3", "333.33", "7.5", "23"), line("Kabel", "7", "12.99", null, "23"),
                    line("Książka", "3", "45.67", "12.25", "5"), line("Szkolenie", "1.5", "1234.57", null, "8")),
                    List.of(new OfferPromotionDraft(PromotionKind.PERCENT_ON_LINES, "Jesienna promocja -12,5 %",
                                    new BigDecimal("12.5"), List.of(1, 3, 4), null, null),
                            new OfferPromotionDraft(PromotionKind.DISCOUNT_LINE, "Rabat za stałą współpracę", null,
                                    List.of(), new BigDecimal("20.01"), "23")), null));
            Offer converted = fx.offers.convert(offer.id(), accept(offer).version(), ConversionKind.SALES);

            Invoice invoice = fx.invoices.find(converted.conversion().invoiceId()).orElseThrow();
            assertSameTotals(converted, invoice);
            assertEquals(converted.gross(), invoice.gross());
            List<InvoiceLine> discounts = invoice.lines().subList(4, invoice.lines().size());
            assertEquals(List.of("Jesienna promocja -12,5 % 23", "Jesienna promocja -12,5 % 5",
                    "Jesienna promocja -12,5 % 8", "Rabat za stałą współpracę 23"),
                    discounts.stream().map(l -> l.name() + " " + l.vatRate()).toList(), basis);
            assertTrue(discounts.stream().allMatch(l -> l.unitPrice().signum() < 0), basis);
            assertEquals(new BigDecimal("-20.01"), discounts.get(3).unitPrice());
            assertEquals(new BigDecimal("7.50"), invoice.lines().get(0).discountPercent());
            // the promotion's saving is what its discount lines take off together
            BigDecimal takenOff = discounts.subList(0, 3).stream().map(l -> l.unitPrice().negate())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(converted.promotions().get(0).saving(), takenOff, basis);
        }
    }

    @Test
    void onlyAnAcceptedOfferConvertsAndARefusalChangesNothing() {
        Offer draft = s.draft("3000.00", null);
        Offer sent = s.send(s.draft("3000.00", null));
        Offer rejected = fx.offers.reject(sent.id(), sent.version(), "Za drogo");
        Offer open = s.send(s.draft("3000.00", null));

        for (Offer offer : List.of(draft, rejected, open)) {
            ConflictException refused = assertThrows(ConflictException.class,
                    () -> fx.offers.convert(offer.id(), offer.version(), ConversionKind.SALES));
            assertTrue(refused.getMessage().contains("cannot be converted; only ACCEPTED can"), refused.getMessage());
            Offer unchanged = fx.offers.find(offer.id()).orElseThrow();
            assertEquals(offer.status(), unchanged.status());
            assertNull(unchanged.conversion());
        }
        Offer accepted = accept(open);
        assertThrows(StaleVersionException.class,
                () -> fx.offers.convert(open.id(), open.version(), ConversionKind.SALES));
        fx.as(fx.operator(7, "widz", Role.VIEWER));
        assertThrows(AccessDeniedException.class,
                () -> fx.offers.convert(accepted.id(), accepted.version(), ConversionKind.SALES));
        assertEquals(0, fx.rows("invoicing_invoice"));
        assertTrue(fx.links.linked.isEmpty());
        assertFalse(fx.events.stream().anyMatch(e -> e.startsWith("offers/CONVERTED")), fx.events.toString());
    }

    /** The offer sent to a named address and accepted as it is. */
    private Offer accept(Offer offer) {
        Offer sent = fx.offers.send(offer.id(), offer.version(),
                new OfferSending(null, "zakupy@acme.test", null, null, null, null));
        return fx.offers.accept(sent.id(), sent.version(), null, null);
    }

    private static void assertSameTotals(Offer offer, Invoice invoice) {
        List<String> offered = offer.vatTotals().stream().map(OfferConversionTest::row).toList();
        List<String> invoiced = invoice.vatTotals().stream().map(OfferConversionTest::row).toList();
        assertEquals(offered, invoiced);
        assertEquals(offer.net(), invoice.net());
        assertEquals(offer.vat(), invoice.vat());
    }

    private static String row(OfferVatTotal t) {
        return t.vatRate() + " " + t.net() + " " + t.vat() + " " + t.gross();
    }

    private static String row(InvoiceVatTotal t) {
        return t.vatRate() + " " + t.net() + " " + t.vat() + " " + t.gross();
    }

    private static OfferLineDraft line(String name, String quantity, String price, String discount, String rate) {
        return new OfferLineDraft(null, name, null, "szt.", new BigDecimal(quantity), new BigDecimal(price),
                discount == null ? null : new BigDecimal(discount), rate);
    }
}
