package dev.relacja.offers.impl.offer;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.documents.impl.DocumentRendererImpl;
import dev.relacja.documents.impl.DocumentRenderers;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferLineDraft;
import dev.relacja.offers.api.OfferSending;
import dev.relacja.offers.impl.OffersFixture;
import dev.relacja.offers.impl.printing.OffersTemplates;
import dev.relacja.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The offers of the sending, revision and expiry tests: operator anna, customer ACME with its buyer Jan Kowalski
 * (jan@acme.test), on 2026-11-27 at 11:00 in Warsaw, offers printed by the real renderer with the built-in
 * templates.
 */
final class OfferScenario implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    final DocumentRendererImpl renderer = DocumentRenderers.create();
    final OffersFixture fx;
    final Operator anna;
    final Counterparty acme;
    final ContactPerson jan;

    OfferScenario() {
        DocumentRenderers.register(renderer, new OffersTemplates(), -1, "offers/common.fo.ftl",
                "offers/formal.fo.ftl", "offers/compact.fo.ftl");
        fx = new OffersFixture(clock, renderer);
        anna = fx.operator(2, "anna", Role.OPERATOR);
        fx.as(anna);
        acme = fx.customer("ACME", "Acme Sp. z o.o.");
        jan = fx.counterparties.addContactPerson(acme.id(), new ContactPersonDraft("Jan Kowalski", "zakupy",
                List.of("jan@acme.test"), List.of(), true));
    }

    /** A draft for Jan at ACME: 2 laptops at {@code laptopPrice} and a service at 500.00, valid until the date. */
    Offer draft(String laptopPrice, LocalDate validUntil) {
        return fx.offers.create(new OfferDraft(acme.id(), jan.id(), null, null, validUntil, null, null,
                List.of(line("Laptop biznesowy", "2", laptopPrice), line("Serwis", "1", "500.00")), List.of(),
                null));
    }

    /** The offer sent with every default; answers it as sent. */
    Offer send(Offer offer) {
        return fx.offers.send(offer.id(), offer.version(), OfferSending.DEFAULTS);
    }

    /** The offer with the laptop's price changed: a sent offer's next revision. */
    Offer reprice(Offer offer, String laptopPrice) {
        return fx.offers.update(offer.id(), offer.version(), new OfferDraft(offer.counterpartyId(),
                offer.contactPersonId(), null, offer.issueDate(), offer.validUntil(), null, null,
                List.of(line("Laptop biznesowy", "2", laptopPrice), line("Serwis", "1", "500.00")), List.of(),
                null));
    }

    static OfferLineDraft line(String name, String quantity, String price) {
        return new OfferLineDraft(null, name, null, "szt.", new BigDecimal(quantity), new BigDecimal(price), null,
                "23");
    }

    @Override
    public void close() {
        fx.close();
        DocumentRenderers.shutdown(renderer);
    }
}
