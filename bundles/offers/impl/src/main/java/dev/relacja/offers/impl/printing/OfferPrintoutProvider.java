package dev.relacja.offers.impl.printing;

import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.documents.api.Printout;
import dev.relacja.documents.api.PrintoutProvider;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.impl.offer.OfferStore;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An offer's PDF, with the configured default template and language, for sending it to its counterparty. It reads
 * the store and not the offer service, which sends through the mailbox that binds this provider (SCR would find
 * the circle).
 */
@Component(property = {PrintoutProvider.RECORD_TYPE + "=" + OfferService.RECORD_TYPE, "service.ranking:Integer=-1"})
public class OfferPrintoutProvider implements PrintoutProvider {
    private final OfferStore offers;
    private final OfferDocuments documents;
    private final CallerContext callers;

    @Activate
    public OfferPrintoutProvider(@Reference OfferStore offers, @Reference OfferDocuments documents,
            @Reference CallerContext callers) {
        this.offers = offers;
        this.documents = documents;
        this.callers = callers;
    }

    @Override
    public Optional<Printout> printout(long offerId) {
        callers.require(Role.VIEWER);
        return offers.find(offerId).map(offer -> new Printout(OfferDocuments.fileName(offer.label()),
                documents.pdf(offer, null, null), offer.counterpartyId(), OfferService.RECORD_TYPE, offerId));
    }
}
