package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.mailbox.api.ComposedMail;
import dev.relacja.offers.api.Offer;
import java.util.Locale;

/**
 * The message an offer goes out with when no mailbox template is named: a subject and a short text naming the offer
 * and its validity, in Polish or English; the mail account appends its signature.
 */
final class OfferMailTexts {

    private OfferMailTexts() {
    }

    /** The message in {@code language} ("pl" or "en"); any other is refused on {@code mailLanguage}. */
    static ComposedMail of(Offer offer, String companyName, String language) {
        String label = offer.label();
        return switch (language.strip().toLowerCase(Locale.ROOT)) {
            case "pl" -> new ComposedMail("Oferta " + label + " – " + companyName, "Dzień dobry,\n\n"
                    + "w załączniku przesyłamy ofertę " + label + ", ważną do " + offer.validUntil() + ".\n\n"
                    + "Z poważaniem", null);
            case "en" -> new ComposedMail("Offer " + label + " – " + companyName, "Dear Sir or Madam,\n\n"
                    + "please find attached our offer " + label + ", valid until " + offer.validUntil() + ".\n\n"
                    + "Kind regards", null);
            default -> throw new ValidationException("mailLanguage", "offers are e-mailed in pl or en, not '"
                    + language.strip() + "'");
        };
    }
}
