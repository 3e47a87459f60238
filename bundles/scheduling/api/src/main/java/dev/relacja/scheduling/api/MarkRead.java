package dev.relacja.scheduling.api;

import java.util.List;

/** Which of the caller's notifications to mark read: the {@code ids} given, or {@code all}; not both. */
public record MarkRead(List<Long> ids, Boolean all) {
}
