package dev.relacja.offers.api;

/**
 * How to e-mail an offer, every part optional. {@code account}: the mail account it goes from (null: the caller's
 * only one); {@code to}: the recipient (null: the contact person's e-mail, else the counterparty's billing e-mail,
 * else its first one); {@code mailTemplate} and {@code mailLanguage}: a mailbox template about record type
 * {@code offer} to compose the message from (null: a built-in message naming the offer and its validity, in
 * {@code mailLanguage}, else the print language); {@code printTemplate} (formal, compact or an admin's offer
 * template's code) and {@code printLanguage}: how the attached PDF prints (null: the configured defaults).
 */
public record OfferSending(
        String account,
        String to,
        String mailTemplate,
        String mailLanguage,
        String printTemplate,
        String printLanguage) {

    /** Every default: the caller's account, the usual recipient, the built-in message and printout. */
    public static final OfferSending DEFAULTS = new OfferSending(null, null, null, null, null, null);
}
