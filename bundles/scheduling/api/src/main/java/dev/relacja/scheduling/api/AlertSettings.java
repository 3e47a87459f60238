package dev.relacja.scheduling.api;

import java.util.List;

/**
 * The reminders an operator gets for their activities and tasks unless an item has its own: minutes before
 * an activity starts or a task is due, ascending. {@code custom} is false when the configured default applies.
 */
public record AlertSettings(String operator, List<Integer> reminders, boolean custom) {
    public AlertSettings {
        reminders = List.copyOf(reminders);
    }
}
