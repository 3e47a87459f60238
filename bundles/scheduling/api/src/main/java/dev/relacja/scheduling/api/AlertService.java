package dev.relacja.scheduling.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reminders and what they leave behind: an operator's default reminders (their own, their subordinates'
 * or, for admins, anyone's), an item's own reminders and its recorded alerts with their deliveries (for
 * whoever may see it; changing reminders needs the operator role), and the caller's in-app notifications.
 */
@ProviderType
public interface AlertService {
    /** The most reminders one operator or item may have. */
    int MAX_REMINDERS = 5;
    /** The longest lead time of a reminder: four weeks, in minutes. */
    int MAX_MINUTES_BEFORE = 40_320;
    /** The most notifications one listing answers. */
    int MAX_LIST = 500;

    AlertSettings settings(String login);

    AlertSettings setSettings(String login, RemindersDraft draft);

    /** Drops the operator's own reminders; the configured default applies again. */
    AlertSettings resetSettings(String login);

    ItemReminders reminders(long itemId);

    ItemReminders setReminders(long itemId, RemindersDraft draft);

    /** Drops the item's own reminders; its owner's apply again. */
    ItemReminders resetReminders(long itemId);

    /** The item's recorded alerts, by anchor and lead time, each with its deliveries: for whoever may see the item. */
    List<AlertStatus> alerts(long itemId);

    /** The caller's notifications, newest first, at most {@code limit} (1 to {@link #MAX_LIST}). */
    Notifications notifications(boolean unreadOnly, int limit);

    /** Marks the caller's notifications read as {@code request} says; all or nothing. */
    ReadReceipt markRead(MarkRead request);
}
