package dev.relacja.scheduling.impl.command;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.scheduling.api.RemindersDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reminder lists as the shell reads and prints them: {@code 15,60}, {@code none}. */
final class ReminderValues {
    private ReminderValues() {
    }

    static RemindersDraft parse(String text) {
        List<Integer> minutes = new ArrayList<>();
        String stripped = text.strip();
        if (!stripped.equalsIgnoreCase("none")) {
            for (String part : stripped.split(",")) {
                try {
                    minutes.add(Integer.valueOf(part.strip()));
                } catch (NumberFormatException e) {
                    throw new ValidationException("reminders", "'" + part.strip()
                            + "' is not a number of minutes; write e.g. 15,60 or none");
                }
            }
        }
        return new RemindersDraft(minutes);
    }

    static String print(List<Integer> minutes) {
        return minutes.isEmpty() ? "none" : minutes.stream().map(m -> m + " min").collect(Collectors.joining(", "));
    }
}
