package dev.relacja.offers.impl.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.impl.OffersFixture;
import dev.relacja.offers.impl.RecordingTasks;
import dev.relacja.tasks.api.TaskDraft;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The timed expiry: only sent offers past their validity expire, each owner told by a task created as them. */
class OfferExpiryTest {
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
    void onlySentOffersPastTheirValidityInTheCompanysZoneExpireAndTheOwnerGetsATask() {
        Offer overdue = s.send(s.draft("3000.00", OfferScenario.TODAY.plusDays(1)));
        Offer stillValid = s.send(s.draft("3000.00", OfferScenario.TODAY.plusDays(2)));
        Offer accepted = s.send(s.draft("3000.00", OfferScenario.TODAY.plusDays(1)));
        fx.offers.accept(accepted.id(), accepted.version(), null, null);
        Offer draft = s.draft("3000.00", OfferScenario.TODAY.plusDays(1));
        // 00:30 on 29 November in Warsaw, still the 28th in UTC: the first offer was valid until the 28th
        s.clock.set(Instant.parse("2026-11-28T23:30:00Z"));

        assertEquals(1, fx.expiry.expireOverdue());

        assertEquals(OfferStatus.EXPIRED, status(overdue));
        assertEquals(OfferStatus.SENT, status(stillValid));
        assertEquals(OfferStatus.ACCEPTED, status(accepted));
        assertEquals(OfferStatus.DRAFT, status(draft));
        assertTrue(fx.events.contains("offers/EXPIRED " + overdue.id()), fx.events.toString());
        RecordingTasks.Created told = fx.tasks.created.get(0);
        TaskDraft task = told.draft();
        assertEquals("Oferta OF/1/2026 wygasła", task.title());
        assertEquals("anna", task.owner());
        assertEquals("anna", told.actingAs());
        assertEquals(s.acme.id(), task.counterpartyId());
        assertEquals(s.jan.id(), task.contactPersonId());
        assertEquals(Instant.parse("2026-11-29T22:59:00Z"), task.deadline());
        assertTrue(task.description().contains("była ważna do 2026-11-28"), task.description());

        assertEquals(0, fx.expiry.expireOverdue());
        assertEquals(1, fx.tasks.created.size());
    }

    @Test
    void anInactiveOwnersOfferStillExpiresWithoutATask() {
        Offer overdue = s.send(s.draft("3000.00", OfferScenario.TODAY.plusDays(1)));
        fx.operators.deactivate(s.anna.id());
        s.clock.set(Instant.parse("2026-12-01T08:00:00Z"));

        assertEquals(1, fx.expiry.expireOverdue());

        assertEquals(OfferStatus.EXPIRED, status(overdue));
        assertTrue(fx.tasks.created.isEmpty());
    }

    @Test
    void theCheckPeriodIsRefusedOutsideOneMinuteToADay() {
        assertEquals(60, OfferExpiryTimer.checkMinutes(60));
        assertThrows(IllegalArgumentException.class, () -> OfferExpiryTimer.checkMinutes(0));
        IllegalArgumentException tooRare = assertThrows(IllegalArgumentException.class,
                () -> OfferExpiryTimer.checkMinutes(1441));
        assertTrue(tooRare.getMessage().contains("dev.relacja.offers: expiryCheckMinutes"), tooRare.getMessage());
    }

    private OfferStatus status(Offer offer) {
        return fx.offers.find(offer.id()).orElseThrow().status();
    }
}
