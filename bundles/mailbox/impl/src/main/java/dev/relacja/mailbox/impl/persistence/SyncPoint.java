package dev.relacja.mailbox.impl.persistence;

/** Where receiving one IMAP folder stands: its UIDVALIDITY and the highest UID stored. */
public record SyncPoint(long uidValidity, long lastUid) {
}
