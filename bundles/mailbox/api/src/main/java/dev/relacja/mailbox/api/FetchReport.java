package dev.relacja.mailbox.api;

/** What one check of an account's folders did: stored, already there (skipped), quarantined. */
public record FetchReport(String account, int stored, int duplicates, int quarantined) {
}
