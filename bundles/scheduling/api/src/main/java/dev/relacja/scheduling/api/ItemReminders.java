package dev.relacja.scheduling.api;

import java.util.List;

/**
 * The reminders of one activity or task, in minutes before it starts (activity) or is due (task),
 * ascending; {@code source} says where they come from: {@code item} (its own), {@code operator} (its
 * owner's settings) or {@code default} (the configuration).
 */
public record ItemReminders(long itemId, String owner, List<Integer> reminders, String source) {
    public static final String ITEM = "item";
    public static final String OPERATOR = "operator";
    public static final String DEFAULT = "default";

    public ItemReminders {
        reminders = List.copyOf(reminders);
    }
}
