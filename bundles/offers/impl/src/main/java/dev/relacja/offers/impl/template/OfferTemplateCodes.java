package dev.relacja.offers.impl.template;

import java.util.regex.Pattern;

/** What an admin's offer template may be called: 1–40 of a-z, 0-9 and "-", starting with a letter or digit. */
public final class OfferTemplateCodes {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private OfferTemplateCodes() {
    }

    public static boolean valid(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
