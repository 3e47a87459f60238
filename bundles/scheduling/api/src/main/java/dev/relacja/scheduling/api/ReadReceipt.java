package dev.relacja.scheduling.api;

/** What marking notifications read did: how many were newly marked, and how many stay unread. */
public record ReadReceipt(int marked, long unread) {
}
