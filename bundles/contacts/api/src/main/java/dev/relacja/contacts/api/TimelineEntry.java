package dev.relacja.contacts.api;

import java.time.Instant;

/**
 * One thing that happened with a counterparty, as a module reports it: {@code recordType} and
 * {@code recordId} say where to open it (e.g. {@code task}, 42).
 */
public record TimelineEntry(Instant at, String module, String recordType, long recordId, String summary) {
}
