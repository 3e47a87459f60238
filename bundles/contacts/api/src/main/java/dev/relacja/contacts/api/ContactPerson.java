package dev.relacja.contacts.api;

import java.util.List;

/** A person at a counterparty whom operators speak or write to. */
public record ContactPerson(
        long id,
        long counterpartyId,
        String name,
        String role,
        List<String> emails,
        List<String> phones,
        boolean emailConsent,
        long version) {
}
