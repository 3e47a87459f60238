package dev.relacja.scheduling.api;

import java.util.List;

/**
 * The caller's notifications, newest first (those of one moment by their item's start or deadline, latest first;
 * at most the number asked), with how many are unread in all.
 */
public record Notifications(long unread, List<Notification> items) {
    public Notifications {
        items = List.copyOf(items);
    }
}
