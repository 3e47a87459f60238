package dev.relacja.offers.impl.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferAcceptance;
import dev.relacja.offers.api.OfferLine;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.api.OfferTexts;
import dev.relacja.offers.api.OfferVatTotal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical JSON whose SHA-256 proves a revision: sorted, plain decimals, ISO dates, read back as it was. */
class CanonicalOffersTest {

    @Test
    void propertiesAreSortedDecimalsPlainAndDatesIsoAndTheOfferReadsBackEqual() {
        Offer offer = new Offer(7, OfferStatus.ACCEPTED, "OF/3/2026", 2, 11, null, 2,
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 27), "PLN", "NET",
                List.of(new OfferLine(1, null, "Usługa", null, "usł.", new BigDecimal("1.000"),
                        new BigDecimal("100.00"), new BigDecimal("0.00"), new BigDecimal("0.00"), "23",
                        new BigDecimal("100.00"), new BigDecimal("23.00"), new BigDecimal("123.00"))), List.of(),
                OfferTexts.NONE, null, List.of(new OfferVatTotal("23", new BigDecimal("100.00"), new BigDecimal("23.00"),
                        new BigDecimal("123.00"))), new BigDecimal("100.00"), new BigDecimal("23.00"),
                new BigDecimal("123.00"), Instant.parse("2026-11-27T10:00:00Z"),
                new OfferAcceptance(1, "OF/3/2026", 2, "anna", Instant.parse("2026-11-28T09:30:00Z"), null, "ab"),
                null, null, Instant.parse("2026-11-26T08:00:00Z"), Instant.parse("2026-11-28T09:30:00Z"), 5);

        String json = CanonicalOffers.json(offer);

        assertTrue(json.startsWith("{\"acceptance\":{\"acceptedAt\":\"2026-11-28T09:30:00Z\",\"label\":\"OF/3/2026\","),
                json);
        assertTrue(json.contains("\"gross\":123.00,\"id\":7,\"issueDate\":\"2026-11-27\","
                + "\"lines\":[{\"catalogueItemId\""), json);
        assertTrue(json.contains("\"quantity\":1.000,"), json);
        assertEquals(offer, CanonicalOffers.read(json));
        assertEquals(json, CanonicalOffers.json(CanonicalOffers.read(json)));
    }

    @Test
    void theHashIsTheHexSha256OfTheUtf8Text() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", CanonicalOffers.sha256("abc"));
        assertEquals(64, CanonicalOffers.sha256("Oferta złożona").length());
    }
}
