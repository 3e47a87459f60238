package dev.relacja.contacts.api;

/** The vCard versions contact persons are exchanged in. */
public enum VCardFormat {
    V3_0,
    V4_0
}
