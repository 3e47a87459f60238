package dev.relacja.offers.impl.offer;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.impl.template.StoredOfferTemplates;
import java.time.Clock;
import java.time.LocalDate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Makes draft offers in two steps for callers that make many in transactions of their own (serial offers): a draft
 * is checked by the same rules as {@link OfferServiceImpl#create} first, outside any transaction, then stored. The
 * caller has checked the role and announces what it stored.
 */
@Component(service = OfferMaker.class)
public class OfferMaker {
    private final OfferStore store;
    private final CounterpartyService counterparties;
    private final CatalogueService catalogue;
    private final OperatorService operators;
    private final StoredOfferTemplates templates;
    private final CompanyProfileService company;
    private final Clock clock;

    @Activate
    public OfferMaker(@Reference OfferStore store, @Reference CounterpartyService counterparties,
            @Reference CatalogueService catalogue, @Reference OperatorService operators,
            @Reference StoredOfferTemplates templates, @Reference CompanyProfileService company) {
        this(store, counterparties, catalogue, operators, templates, company, Clock.systemUTC());
    }

    /** A maker outside OSGi, e.g. in tests, with its own clock. */
    public OfferMaker(OfferStore store, CounterpartyService counterparties, CatalogueService catalogue,
            OperatorService operators, StoredOfferTemplates templates, CompanyProfileService company, Clock clock) {
        this.store = store;
        this.counterparties = counterparties;
        this.catalogue = catalogue;
        this.operators = operators;
        this.templates = templates;
        this.company = company;
        this.clock = clock;
    }

    /**
     * The draft checked for {@code caller} (the default owner).
     *
     * @throws dev.relacja.core.api.error.ValidationException naming every broken rule
     */
    public PreparedOffer prepare(OfferDraft draft, Caller caller) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), company.get().timeZone());
        return new PreparedOffer(OfferDraftResolver.resolve(draft, new OfferDraftResolver.Lookups(
                counterparties::find, counterparties::findContactPerson, operators::find, catalogue::find,
                templates::exists, caller.operatorId(), today)));
    }

    /** Stores a prepared draft, joining the caller's transaction when there is one. */
    public Offer create(PreparedOffer offer) {
        return store.create(offer.fields);
    }
}
