package dev.relacja.invoicing.api;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The catalogue of goods and services. Anyone signed in reads it; operators (and managers, admins) add,
 * change, archive and restore items. Codes are unique ignoring case. Every broken rule of a draft is
 * reported at once and nothing is stored.
 */
@ProviderType
public interface CatalogueService {

    CatalogueItem create(CatalogueItemDraft draft);

    /** Replaces the item's fields if it is still at {@code expectedVersion}. */
    CatalogueItem update(long id, long expectedVersion, CatalogueItemDraft draft);

    /** Archives ({@code false}) or restores ({@code true}) the item if it is still at {@code expectedVersion}. */
    CatalogueItem setActive(long id, long expectedVersion, boolean active);

    /** The item, archived or not. */
    Optional<CatalogueItem> find(long id);

    /** The item with {@code code}, ignoring case, archived or not. */
    Optional<CatalogueItem> findByCode(String code);

    Page<CatalogueItem> search(CatalogueQuery query, PageRequest page);
}
