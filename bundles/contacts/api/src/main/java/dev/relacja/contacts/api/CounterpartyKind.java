package dev.relacja.contacts.api;

/** Whether a counterparty is a company or a private person (who needs no NIP). */
public enum CounterpartyKind {
    COMPANY,
    PERSON
}
