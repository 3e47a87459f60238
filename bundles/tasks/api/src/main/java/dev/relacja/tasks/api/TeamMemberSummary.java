package dev.relacja.tasks.api;

/**
 * One operator's line in a supervisor's overview: open and overdue tasks now, tasks done and minutes
 * logged since the start of the week (Monday, in the supervisor's time zone).
 */
public record TeamMemberSummary(String operator, String displayName, long open, long overdue, long doneThisWeek,
        long minutesLoggedThisWeek) {
}
