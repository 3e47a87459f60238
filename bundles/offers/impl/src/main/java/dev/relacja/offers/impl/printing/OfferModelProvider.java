package dev.relacja.offers.impl.printing;

import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.documents.api.TemplateModelProvider;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.impl.offer.OfferStore;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * An offer's placeholders for e-mails about it: those of its printout in the default language. It reads the store
 * and not the offer service: that service sends through the mailbox, whose templates bind this provider, and SCR
 * would find the circle.
 */
@Component(property = {TemplateModelProvider.RECORD_TYPE + "=" + OfferService.RECORD_TYPE,
    "service.ranking:Integer=-1"})
public class OfferModelProvider implements TemplateModelProvider {
    private final OfferStore offers;
    private final OfferDocuments documents;
    private final CallerContext callers;

    @Activate
    public OfferModelProvider(@Reference OfferStore offers, @Reference OfferDocuments documents,
            @Reference CallerContext callers) {
        this.offers = offers;
        this.documents = documents;
        this.callers = callers;
    }

    @Override
    public Optional<Map<String, Object>> model(long offerId) {
        callers.require(Role.VIEWER);
        return offers.find(offerId).map(documents::model);
    }
}
