package dev.relacja.contacts.api;

import java.time.Instant;
import java.util.List;

/** A customer or supplier as stored, with its version for optimistic locking. */
public record Counterparty(
        long id,
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
        CounterpartyStatus status,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
