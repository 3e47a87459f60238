package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordResolver;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.OfferStatus;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Vouches for offers, so records can be linked and files attached to them; titles them "Offer draft #12". */
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
                ? offers.status(record.id()).map(status -> title(record.id(), status))
                : Optional.empty();
    }

    /** "Offer draft #12" while a draft, else with its status: "Offer #12 (sent)". */
    static String title(long id, OfferStatus status) {
        return status == OfferStatus.DRAFT ? "Offer draft #" + id
                : "Offer #" + id + " (" + status.name().toLowerCase(Locale.ROOT) + ")";
    }
}
