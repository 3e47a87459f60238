package dev.relacja.offers.impl.printing;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferPrintouts;
import dev.relacja.offers.api.OfferRevision;
import dev.relacja.offers.api.OfferService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Prints offers, current or as a frozen revision, for a caller who may read them: finds them through the offer
 * service (which checks the role) and renders them with {@link OfferDocuments}.
 */
@Component
public class OfferPrintoutsImpl implements OfferPrintouts {
    private final OfferService offers;
    private final OfferDocuments documents;

    @Activate
    public OfferPrintoutsImpl(@Reference OfferService offers, @Reference OfferDocuments documents) {
        this.offers = offers;
        this.documents = documents;
    }

    @Override
    public byte[] pdf(long offerId, String template, String language) {
        Offer offer = offers.find(offerId).orElseThrow(() -> new NotFoundException("Offer", offerId));
        return documents.pdf(offer, template, language);
    }

    @Override
    public byte[] revisionPdf(long offerId, int revision, String template, String language) {
        OfferRevision frozen = offers.revision(offerId, revision)
                .orElseThrow(() -> new NotFoundException("Offer revision", offerId + " r" + revision));
        return documents.pdf(frozen.content(), template, language);
    }
}
