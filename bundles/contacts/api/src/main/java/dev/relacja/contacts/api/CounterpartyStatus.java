package dev.relacja.contacts.api;

/** Archived counterparties stay for the documents that name them but leave everyday lists. */
public enum CounterpartyStatus {
    ACTIVE,
    ARCHIVED
}
