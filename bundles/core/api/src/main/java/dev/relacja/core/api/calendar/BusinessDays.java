package dev.relacja.core.api.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Business-day arithmetic on the Polish calendar: Monday to Friday, except statutory holidays. Instances are
 * immutable and thread-safe, so callers can hold one without a service; dates outside the years
 * {@link PolishHolidays} supports are refused with {@link IllegalArgumentException}.
 */
public final class BusinessDays {

    private static final BusinessDays POLISH = new BusinessDays();

    private BusinessDays() {
    }

    /** The calendar of business days in Poland. */
    public static BusinessDays polish() {
        return POLISH;
    }

    /** Whether the date is a working day: Monday to Friday and not a statutory holiday. */
    public boolean isBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        DayOfWeek day = date.getDayOfWeek();
        // Weekends first: most non-business days are settled without working out that year's Easter.
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !PolishHolidays.isHoliday(date);
    }

    /** The date itself if it is a business day, otherwise the first business day after it. */
    public LocalDate nextOrSame(LocalDate date) {
        Objects.requireNonNull(date, "date");
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The n-th business day strictly after {@code start}, whether or not {@code start} is itself a business
     * day; for n = 0, {@code nextOrSame(start)}. So a Friday plus 1 is the following Monday, and a Saturday
     * plus 1 is also that Monday, when neither Monday is a holiday.
     *
     * @throws IllegalArgumentException if {@code businessDays} is negative
     */
    public LocalDate plus(LocalDate start, int businessDays) {
        Objects.requireNonNull(start, "start");
        if (businessDays < 0) {
            throw new IllegalArgumentException("business days must not be negative, got " + businessDays);
        }
        if (businessDays == 0) {
            return nextOrSame(start);
        }
        LocalDate day = start;
        for (int remaining = businessDays; remaining > 0; ) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * The number of business days from {@code fromInclusive} up to but excluding {@code toExclusive}; zero when
     * the dates are equal.
     *
     * @throws IllegalArgumentException if {@code toExclusive} is before {@code fromInclusive}
     */
    public int between(LocalDate fromInclusive, LocalDate toExclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toExclusive, "toExclusive");
        if (toExclusive.isBefore(fromInclusive)) {
            throw new IllegalArgumentException(
                    "the range must not end before it starts: " + fromInclusive + ".." + toExclusive);
        }
        int count = 0;
        for (LocalDate day = fromInclusive; day.isBefore(toExclusive); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Names the calendar, for logs. */
    @Override
    public String toString() {
        return "BusinessDays[Poland]";
    }
}
