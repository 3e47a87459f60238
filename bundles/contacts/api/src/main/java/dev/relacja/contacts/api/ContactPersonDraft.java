package dev.relacja.contacts.api;

import java.util.List;

/** What a user enters for a person at a counterparty; {@code role} is their position, e.g. "accountant". */
public record ContactPersonDraft(String name, String role, List<String> emails, List<String> phones, boolean emailConsent) {
}
