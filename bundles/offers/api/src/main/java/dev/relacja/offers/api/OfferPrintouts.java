package dev.relacja.offers.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Prints offers through the documents API with a built-in template ({@value #FORMAL} or {@value #COMPACT}) in
 * Polish ({@code pl}) or English ({@code en}). The templates are named {@code offers/<template>.fo.ftl}; a
 * partner bundle overrides one by offering that name with a higher ranking.
 */
@ProviderType
public interface OfferPrintouts {
    /** A formal letter: both parties, the introduction and every section, the lines, promotions and terms. */
    String FORMAL = "formal";
    /** One dense page: the lines, promotions, totals and terms, the sections in brief. */
    String COMPACT = "compact";

    /**
     * The offer's PDF with {@link #FORMAL}, {@link #COMPACT} or an admin's template (its code, see
     * {@link OfferTemplateService}); a null template or language takes the configured default.
     *
     * @throws dev.relacja.core.api.error.ValidationException naming {@code template} or {@code language} when
     *         either is not one of those offered
     */
    byte[] pdf(long offerId, String template, String language);

    /**
     * The PDF of a frozen revision, as it was sent or changed; a null template or language takes the default.
     *
     * @throws dev.relacja.core.api.error.NotFoundException when the offer has no such revision
     */
    byte[] revisionPdf(long offerId, int revision, String template, String language);
}
