package dev.relacja.offers.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Offer print templates: the built-in ones and those admins upload. Anyone signed in lists, reads and previews;
 * admins save and delete. A saved template is parsed first, so a syntax error is refused naming its line; it
 * runs in the platform's sandbox (no files, network, external entities, classes or extension functions; bounded
 * time and output), and any failure while printing is an error naming the template and the line, never a PDF.
 */
@ProviderType
public interface OfferTemplateService {
    /** The built-in templates first, then the admins' by code, without their texts. */
    List<OfferTemplate> list();

    Optional<OfferTemplate> find(String code);

    /**
     * Creates the template {@code code} ({@code expectedVersion} null) or replaces its name and text if it is still
     * at {@code expectedVersion}. Codes are 1–40 of {@code a-z 0-9 -}, starting with a letter or digit, and not a
     * built-in's.
     *
     * @throws dev.relacja.core.api.error.ValidationException naming {@code code}, {@code name}, {@code basedOn}
     *     or {@code text} (a syntax error with its line)
     */
    OfferTemplate save(String code, Long expectedVersion, OfferTemplateDraft draft);

    /** Deletes an admin's template if it is still at {@code expectedVersion}; built-in ones stay. */
    void delete(String code, long expectedVersion);

    /** The offer printed with the template {@code code} in {@code language} (null: the default). */
    byte[] preview(String code, long offerId, String language);

    /** The offer printed with a template not yet saved, e.g. while an admin edits it. */
    byte[] preview(OfferTemplateDraft draft, long offerId, String language);
}
