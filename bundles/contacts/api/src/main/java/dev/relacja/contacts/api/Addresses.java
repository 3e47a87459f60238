package dev.relacja.contacts.api;

/** A counterparty's registered seat and, when different, where its mail goes. */
public record Addresses(Address registered, Address correspondence) {
    public static final Addresses NONE = new Addresses(null, null);
}
