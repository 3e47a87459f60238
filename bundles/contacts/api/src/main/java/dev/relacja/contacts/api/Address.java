package dev.relacja.contacts.api;

/** A postal address; {@code country} is an ISO 3166 alpha-2 code, PL when left out. */
public record Address(String street, String postalCode, String city, String country) {
}
