package dev.relacja.contacts.api;

/**
 * A filter over counterparties: {@code text} matches code, name, NIP or e-mail (case-insensitive,
 * anywhere in the value); the other fields match exactly; null means "any". {@code sort} is
 * {@code code}, {@code name}, {@code updatedAt}, each optionally with a leading {@code -} for descending.
 */
public record CounterpartyQuery(String text, String tag, Long ownerId, CounterpartyStatus status, String sort) {
    public static final CounterpartyQuery ALL = new CounterpartyQuery(null, null, null, null, null);
}
