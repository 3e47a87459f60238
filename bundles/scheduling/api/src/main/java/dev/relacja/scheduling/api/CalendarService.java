package dev.relacja.scheduling.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The calendar over the tasks module: what operators have planned in a range, seen with the tasks'
 * visibility rules (one's own; a supervisor's subordinates; an admin anyone), moving items through the
 * tasks module (same validation, same log), and the daily load against working hours.
 */
@ProviderType
public interface CalendarService {

    /** The activities and tasks of the requested operators overlapping the range, in the caller's zone. */
    CalendarView calendar(CalendarRequest request);

    /**
     * Moves or resizes task {@code id} if it is still at {@code expectedVersion}: a task update, validated
     * and logged by the tasks module like any edit. Answers the item as it now is.
     */
    CalendarItem move(long id, long expectedVersion, ScheduleChange change);

    /** Per operator and day of their own zone: working time against the time their items take within it. */
    List<OperatorLoad> load(CalendarRequest request);

    /** The working hours that apply to {@code login}: their own if set, otherwise the defaults. */
    WorkingHours workingHours(String login);

    /** Sets {@code login}'s own working hours; the operator themself, their supervisor or an admin may. */
    WorkingHours setWorkingHours(String login, WorkingHoursDraft draft);

    /** Drops {@code login}'s own working hours, so the defaults apply again. */
    WorkingHours resetWorkingHours(String login);
}
