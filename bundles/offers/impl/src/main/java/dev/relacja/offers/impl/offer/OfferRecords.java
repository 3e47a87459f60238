package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordResolver;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.OfferStatus;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Vouches for offers, so records can be linked and files attached to them; titles them by their label and status:
 * "Offer draft #12", "Offer OF/12/2026 r2 (sent)".
 */
@Component(property = RecordResolver.TYPES + "=" + OfferService.RECORD_TYPE, service = RecordResolver.class)
public class OfferRecords implements RecordResolver {
    private final OfferStore offers;

    /** The core asks while it links or attaches, after checking the caller's role itself. */
    @Activate
    public OfferRecords(@Reference OfferStore offers) {
        this.offers = offers;
    }

    @Override
    public Optional<String> title(RecordRef record) {
        return OfferService.RECORD_TYPE.equals(record.type())
                ? offers.titled(record.id()).map(OfferRecords::title)
                : Optional.empty();
    }

    /** "Offer draft #12" while a draft, else its label with its status: "Offer OF/12/2026 r2 (sent)". */
    static String title(OfferStore.Titled offer) {
        String title = "Offer " + Offer.label(offer.id(), offer.number(), offer.revision());
        return offer.status() == OfferStatus.DRAFT ? title
                : title + " (" + offer.status().name().toLowerCase(Locale.ROOT) + ")";
    }
}
