package dev.relacja.scheduling.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A reminder that fired: {@code minutesBefore} the {@code anchor} of activity or task {@code itemId} (an
 * activity's start, a task's deadline), for its owner {@code operator} (login) / {@code operatorId}.
 * {@code dueAt} is when it was meant to fire, {@code firedAt} when it did; {@code late} when it fired well
 * after that (Karaf was down, say). {@code key} is stable for the alert, whatever the attempt or channel.
 * {@link #subject} and {@link #text} word it for a message to the operator, so every e-mail channel says the same.
 */
public record Alert(
        long id,
        String key,
        long itemId,
        String title,
        boolean activity,
        long operatorId,
        String operator,
        Instant anchor,
        int minutesBefore,
        Instant dueAt,
        Instant firedAt,
        boolean late) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.ROOT);

    /** A message's subject: "Przypomnienie: <title> — <anchor in the zone>" ("(spóźnione)" when late). */
    public String subject(ZoneId zone) {
        return (late ? "Przypomnienie (spóźnione): " : "Przypomnienie: ") + title + " — " + when(zone);
    }

    /** A message's plain text, in Polish and then English, times in {@code zone}. */
    public String text(ZoneId zone) {
        String when = when(zone);
        StringBuilder body = new StringBuilder();
        body.append(activity ? "Aktywność „" : "Zadanie „").append(title)
                .append(activity ? "” zaczyna się " : "” ma termin ").append(when).append(".\n");
        if (late) {
            body.append("To przypomnienie jest spóźnione: Relacja nie działała, gdy przypadało.\n");
        }
        body.append('\n').append(activity ? "Activity \"" : "Task \"").append(title)
                .append(activity ? "\" starts " : "\" is due ").append(when).append(".\n");
        if (late) {
            body.append("This reminder is late: Relacja was not running when it was due.\n");
        }
        return body.toString();
    }

    private String when(ZoneId zone) {
        return WHEN.format(ZonedDateTime.ofInstant(anchor, zone)) + " (" + zone.getId() + ")";
    }
}
