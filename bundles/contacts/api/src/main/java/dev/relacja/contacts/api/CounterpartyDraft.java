package dev.relacja.contacts.api;

import java.util.List;

/**
 * What a user enters for a counterparty. {@code ownerId} is the operator who looks after it (the
 * creator when left out); {@code paymentTermDays} is the default for its invoices.
 */
public record CounterpartyDraft(
        String code,
        String name,
        CounterpartyKind kind,
        String nip,
        String regon,
        Addresses addresses,
        List<String> emails,
        List<String> phones,
        String billingEmail,
        String bankAccount,
        Integer paymentTermDays,
        boolean emailConsent,
        List<String> tags,
        Long ownerId,
        String notes) {
}
