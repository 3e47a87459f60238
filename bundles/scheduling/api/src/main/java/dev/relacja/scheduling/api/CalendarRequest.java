package dev.relacja.scheduling.api;

import java.time.Instant;
import java.util.List;

/**
 * What a calendar shows: the range {@code [from, to)} and the operators by login (none: the caller;
 * {@link #TEAM} among them: the caller and everyone they supervise).
 */
public record CalendarRequest(Instant from, Instant to, List<String> operators) {
    /** Stands for the caller's whole team (the caller and all their subordinates) in {@code operators}. */
    public static final String TEAM = "team";

    public CalendarRequest {
        operators = operators == null ? List.of() : List.copyOf(operators);
    }
}
