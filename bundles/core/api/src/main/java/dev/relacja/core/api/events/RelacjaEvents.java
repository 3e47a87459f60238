package dev.relacja.core.api.events;

import java.util.Locale;

/**
 * Topic and property names of the domain events Relacja posts on EventAdmin after a change commits:
 * {@code dev/relacja/<module>/<EVENT>}, e.g. {@code dev/relacja/contacts/COUNTERPARTY_CREATED}.
 */
public final class RelacjaEvents {
    /** The changed record's id (a Long). */
    public static final String ID = "id";
    /** The username of the operator who made the change. */
    public static final String OPERATOR = "operator";

    private RelacjaEvents() {
    }

    public static String topic(String module, String event) {
        return "dev/relacja/" + module.toLowerCase(Locale.ROOT) + "/" + event.toUpperCase(Locale.ROOT);
    }
}
