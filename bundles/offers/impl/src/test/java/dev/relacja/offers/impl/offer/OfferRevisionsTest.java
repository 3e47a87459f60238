package dev.relacja.offers.impl.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferAcceptance;
import dev.relacja.offers.api.OfferChange;
import dev.relacja.offers.api.OfferChange.Part;
import dev.relacja.offers.api.OfferDiff;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferPromotionDraft;
import dev.relacja.offers.api.OfferRevision;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.api.OfferTexts;
import dev.relacja.offers.api.PromotionKind;
import dev.relacja.offers.impl.OffersFixture;
import dev.relacja.offers.impl.printing.OfferPrintoutsImpl;
import dev.relacja.offers.impl.printing.PdfText;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Revisions of sent offers, the difference between two, and the customer's acceptance or rejection. */
class OfferRevisionsTest {
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
    void changingASentOfferFreezesRevisionTwoAndLeavesRevisionOneAsItWas() {
        Offer sent = s.send(s.draft("3000.00", null));
        OfferRevision r1 = fx.offers.revision(sent.id(), 1).orElseThrow();

        Offer revised = s.reprice(sent, "2800.00");

        assertEquals(OfferStatus.SENT, revised.status());
        assertEquals(2, revised.revision());
        assertEquals("OF/1/2026 r2", revised.label());
        assertEquals(new BigDecimal("7503.00"), revised.gross());
        List<OfferRevision> revisions = fx.offers.revisions(sent.id());
        assertEquals(List.of(r1), revisions.subList(0, 1));
        OfferRevision r2 = revisions.get(1);
        assertEquals("OF/1/2026 r2", r2.label());
        assertEquals(revised, r2.content());
        assertEquals(CanonicalOffers.sha256(CanonicalOffers.json(revised)), r2.sha256());
        assertNotEquals(r1.sha256(), r2.sha256());
        assertTrue(fx.events.contains("offers/REVISED " + sent.id()), fx.events.toString());
        OfferPrintoutsImpl printouts = new OfferPrintoutsImpl(fx.offers, fx.documents);
        assertTrue(PdfText.of(printouts.revisionPdf(sent.id(), 1, null, null)).contains("3 000,00"));
        String second = PdfText.of(printouts.revisionPdf(sent.id(), 2, "compact", "en"));
        assertTrue(second.contains("OF/1/2026 r2") && second.contains("2,800.00"), second);
        assertThrows(NotFoundException.class, () -> printouts.revisionPdf(sent.id(), 3, null, null));
    }

    @Test
    void aRevisionKeepsItsCounterpartyAndABadChangeFreezesNothing() {
        Offer sent = s.send(s.draft("3000.00", null));
        Counterparty other = fx.customer("INNA", "Inna Sp. z o.o.");

        assertEquals("counterpartyId", assertThrows(ValidationException.class, () -> fx.offers.update(sent.id(),
                sent.version(), new OfferDraft(other.id(), null, null, null, null, null, null,
                        List.of(OfferScenario.line("Serwis", "1", "1.00")), List.of(), null)))
                .errors().get(0).field());
        assertThrows(ValidationException.class, () -> s.reprice(sent, "-1"));

        assertEquals(1, fx.offers.find(sent.id()).orElseThrow().revision());
        assertEquals(1, fx.rows("offers_revision"));
    }

    @Test
    void theDifferenceNamesEachChangedHeaderFieldLineAndPromotion() {
        Offer sent = s.send(s.draft("3000.00", null));
        Offer revised = fx.offers.update(sent.id(), sent.version(), new OfferDraft(sent.counterpartyId(),
                sent.contactPersonId(), null, sent.issueDate(), OfferScenario.TODAY.plusDays(45), null, null,
                List.of(OfferScenario.line("Laptop biznesowy", "2", "2800.00"),
                        OfferScenario.line("Serwis", "1", "500.00"), OfferScenario.line("Torba", "2", "100.00")),
                List.of(new OfferPromotionDraft(PromotionKind.DISCOUNT_LINE, "Bon", null, null,
                        new BigDecimal("50.00"), "23")),
                new OfferTexts("Przelew 7 dni", null, null, null, null, null), "compact"));

        OfferDiff diff = fx.offers.diff(sent.id(), 1, 2);

        assertEquals("OF/1/2026", diff.fromLabel());
        assertEquals("OF/1/2026 r2", diff.toLabel());
        List<OfferChange> changes = diff.changes();
        assertTrue(changes.contains(new OfferChange(Part.OFFER, null, "validUntil", "2026-12-27", "2027-01-11")),
                changes.toString());
        assertTrue(changes.contains(new OfferChange(Part.OFFER, null, "paymentTerms", null, "Przelew 7 dni")));
        assertTrue(changes.contains(new OfferChange(Part.OFFER, null, "printTemplate", null, "compact")),
                changes.toString());
        assertTrue(changes.contains(new OfferChange(Part.OFFER, null, "gross", "7995.00", "7687.50")),
                changes.toString());
        assertTrue(changes.contains(new OfferChange(Part.LINE, 1, "unitPrice", "3000.00", "2800.00")));
        assertTrue(changes.contains(new OfferChange(Part.LINE, 1, "net", "6000.00", "5600.00")));
        assertTrue(changes.contains(new OfferChange(Part.LINE, 3, "line", null,
                "Torba: 2 szt. × 100.00, VAT 23, net 200.00")), changes.toString());
        assertTrue(changes.contains(new OfferChange(Part.PROMOTION, 1, "promotion", null, "Bon: 50.00 off VAT 23")));
        assertFalse(changes.stream().anyMatch(c -> c.part() == Part.LINE && c.position() == 2), changes.toString());
        assertEquals(new OfferChange(Part.LINE, 3, "line", "Torba: 2 szt. × 100.00, VAT 23, net 200.00", null),
                fx.offers.diff(sent.id(), 2, 1).changes().stream().filter(c -> c.part() == Part.LINE
                        && c.position() == 3).findFirst().orElseThrow());
        assertTrue(fx.offers.diff(revised.id(), 2, 2).changes().isEmpty());
        assertThrows(NotFoundException.class, () -> fx.offers.diff(sent.id(), 1, 3));
    }

    @Test
    void acceptingRevisionOneWhileRevisionTwoExistsRecordsRevisionOnesHash() {
        Offer sent = s.send(s.draft("3000.00", null));
        Offer revised = s.reprice(sent, "2800.00");
        OfferRevision r1 = fx.offers.revision(sent.id(), 1).orElseThrow();
        fx.mail.visible.add(555L);
        s.clock.advance(Duration.ofHours(1));

        Offer accepted = fx.offers.accept(sent.id(), revised.version(), 1, 555L);

        assertEquals(OfferStatus.ACCEPTED, accepted.status());
        assertEquals(new OfferAcceptance(1, "OF/1/2026", s.anna.id(), "anna", s.clock.instant(), 555L,
                r1.sha256()), accepted.acceptance());
        assertEquals(accepted.acceptance(), fx.offers.find(sent.id()).orElseThrow().acceptance());
        assertTrue(fx.events.contains("offers/ACCEPTED " + sent.id()), fx.events.toString());
        ConflictException twice = assertThrows(ConflictException.class,
                () -> fx.offers.accept(sent.id(), accepted.version(), null, null));
        assertTrue(twice.getMessage().contains("is ACCEPTED"), twice.getMessage());
        assertThrows(ConflictException.class, () -> s.reprice(accepted, "1.00"));
        assertEquals(2, fx.offers.revisions(sent.id()).size());
    }

    @Test
    void withoutARevisionTheLatestIsAcceptedAndAnUnknownRevisionOrReplyIsRefused() {
        Offer revised = s.reprice(s.send(s.draft("3000.00", null)), "2800.00");

        assertEquals("revision", assertThrows(ValidationException.class,
                () -> fx.offers.accept(revised.id(), revised.version(), 3, null)).errors().get(0).field());
        assertEquals("replyMessageId", assertThrows(ValidationException.class,
                () -> fx.offers.accept(revised.id(), revised.version(), null, 404L)).errors().get(0).field());
        assertEquals(OfferStatus.SENT, fx.offers.find(revised.id()).orElseThrow().status());

        OfferAcceptance latest = fx.offers.accept(revised.id(), revised.version(), null, null).acceptance();
        assertEquals(2, latest.revision());
        assertEquals("OF/1/2026 r2", latest.label());
        assertNull(latest.replyMessageId());
        assertEquals(fx.offers.revision(revised.id(), 2).orElseThrow().sha256(), latest.sha256());
    }

    @Test
    void acceptingAfterTheValidityIsAConflictThatChangesNothing() {
        Offer sent = s.send(s.draft("3000.00", OfferScenario.TODAY.plusDays(3)));
        s.clock.advance(Duration.ofDays(4));

        ConflictException late = assertThrows(ConflictException.class,
                () -> fx.offers.accept(sent.id(), sent.version(), null, null));

        assertTrue(late.getMessage().contains("OF/1/2026 was valid until 2026-11-30"), late.getMessage());
        Offer unchanged = fx.offers.find(sent.id()).orElseThrow();
        assertEquals(OfferStatus.SENT, unchanged.status());
        assertEquals(sent.version(), unchanged.version());
        assertNull(unchanged.acceptance());
        assertFalse(fx.events.contains("offers/ACCEPTED " + sent.id()));
    }

    @Test
    void aRejectionNeedsAReasonOfAtMostAThousandCharacters() {
        Offer draft = s.draft("3000.00", null);
        Offer sent = s.send(draft);

        assertEquals("reason", assertThrows(ValidationException.class,
                () -> fx.offers.reject(sent.id(), sent.version(), " ")).errors().get(0).field());
        assertEquals("reason", assertThrows(ValidationException.class,
                () -> fx.offers.reject(sent.id(), sent.version(), "x".repeat(1001))).errors().get(0).field());
        Offer other = s.draft("1.00", null);
        assertThrows(ConflictException.class, () -> fx.offers.reject(other.id(), other.version(), "Za drogo"));

        Offer rejected = fx.offers.reject(sent.id(), sent.version(), "  Za drogo  ");
        assertEquals(OfferStatus.REJECTED, rejected.status());
        assertEquals("Za drogo", rejected.rejectionReason());
        assertTrue(fx.events.contains("offers/REJECTED " + sent.id()));
        assertThrows(ConflictException.class, () -> fx.offers.accept(rejected.id(), rejected.version(), null, null));
    }

    @Test
    void theTimelineAndRecordTitlesShowTheNumberRevisionAndStatus() {
        Offer sent = s.send(s.draft("3000.00", null));
        Offer revised = s.reprice(sent, "2800.00");
        OfferTimeline timeline = new OfferTimeline(fx.store, fx.callers);

        assertEquals("Offer OF/1/2026 r2 (sent): 7503.00 PLN gross",
                timeline.entriesFor(s.acme.id(), 10).get(0).summary());
        fx.offers.accept(revised.id(), revised.version(), null, null);
        assertEquals("Offer OF/1/2026 r2 (accepted): 7503.00 PLN gross",
                timeline.entriesFor(s.acme.id(), 10).get(0).summary());
    }
}
