package dev.relacja.offers.impl.serial;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Caller;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferLineDraft;
import dev.relacja.offers.impl.offer.OfferMaker;
import dev.relacja.offers.impl.offer.PreparedOffer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One generation of a serial offer's offers: each member still without one gets the content for it with its own
 * prices, checked by the offers' rules (a refusal is recorded on the member and the others go on) and stored
 * {@value #CHUNK} to a transaction; a chunk whose transaction fails is stored again member by member, so one bad
 * member is recorded and does not stop the rest.
 */
final class SerialGeneration {
    static final int CHUNK = 50;
    private static final Logger LOG = LoggerFactory.getLogger(SerialGeneration.class);

    private final SerialStore store;
    private final OfferMaker maker;
    private final long serialId;
    private final SerialStore.Generation generation;
    private final Caller caller;

    SerialGeneration(SerialStore store, OfferMaker maker, long serialId, SerialStore.Generation generation,
            Caller caller) {
        this.store = store;
        this.maker = maker;
        this.serialId = serialId;
        this.generation = generation;
        this.caller = caller;
    }

    /** The content as {@code counterpartyId}'s offer: each catalogue line priced from its row of the table. */
    static OfferDraft forMember(OfferDraft content, long counterpartyId, Map<Long, BigDecimal> prices) {
        List<OfferLineDraft> lines = content.lines() == null ? List.of() : content.lines().stream()
                .map(line -> line.catalogueItemId() == null || !prices.containsKey(line.catalogueItemId()) ? line
                        : new OfferLineDraft(line.catalogueItemId(), line.name(), line.description(), line.unit(),
                                line.quantity(), prices.get(line.catalogueItemId()), line.discountPercent(),
                                line.vatRate()))
                .toList();
        return new OfferDraft(counterpartyId, null, content.ownerId(), content.issueDate(), content.validUntil(),
                content.currency(), content.priceBasis(), lines, content.promotions(), content.texts(),
                content.printTemplate());
    }

    /** Makes the pending members' offers; answers those stored. */
    List<Offer> run() {
        List<Offer> made = new ArrayList<>();
        List<Long> pending = generation.pending();
        for (int from = 0; from < pending.size(); from += CHUNK) {
            Map<Long, PreparedOffer> prepared = new LinkedHashMap<>();
            for (long counterpartyId : pending.subList(from, Math.min(from + CHUNK, pending.size()))) {
                try {
                    prepared.put(counterpartyId, maker.prepare(forMember(generation.content(), counterpartyId,
                            generation.prices().getOrDefault(counterpartyId, Map.of())), caller));
                } catch (ValidationException e) {
                    store.memberError(serialId, counterpartyId, describe(e));
                }
            }
            made.addAll(store(prepared));
        }
        return made;
    }

    private List<Offer> store(Map<Long, PreparedOffer> prepared) {
        if (prepared.isEmpty()) {
            return List.of();
        }
        try {
            return store.addOffers(serialId, prepared, maker::create);
        } catch (RuntimeException chunkFailed) {
            LOG.debug("Serial offer {}: a chunk failed, storing its members one by one", serialId, chunkFailed);
            List<Offer> made = new ArrayList<>();
            prepared.forEach((counterpartyId, offer) -> {
                try {
                    made.addAll(store.addOffers(serialId, Map.of(counterpartyId, offer), maker::create));
                } catch (RuntimeException e) {
                    store.memberError(serialId, counterpartyId, "the offer could not be stored: " + e.getMessage());
                }
            });
            return made;
        }
    }

    /** "counterpartyId: counterparty K1 is archived; …; lines[0].quantity: …" */
    private static String describe(ValidationException refused) {
        return refused.errors().stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
    }
}
