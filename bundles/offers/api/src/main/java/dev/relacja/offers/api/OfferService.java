package dev.relacja.offers.api;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Offers. Anyone signed in reads; operators (and managers, admins) make, change and delete drafts, each change
 * under the version it expects. A draft's every broken rule is reported at once and nothing is stored; changing
 * or deleting an offer that is no longer a draft is a conflict.
 */
@ProviderType
public interface OfferService {
    /** The record type of offers for links, attachments, printouts and templates ({@code offer}). */
    String RECORD_TYPE = "offer";

    Offer create(OfferDraft draft);

    /** Replaces a draft's fields if it is still at {@code expectedVersion}. */
    Offer update(long id, long expectedVersion, OfferDraft draft);

    /** Deletes a draft if it is still at {@code expectedVersion}. */
    void delete(long id, long expectedVersion);

    Optional<Offer> find(long id);

    Page<Offer> search(OfferQuery query, PageRequest page);
}
