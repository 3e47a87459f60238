package dev.relacja.invoicing.impl.run;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.invoicing.api.BillingTiming;
import dev.relacja.invoicing.api.CyclicScheme;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The billing periods of a scheme and the issue dates of their invoices. Periods are anchored on the scheme's
 * first day and counted from it (the k-th starts {@code k × every} units after it, so a 31st that a short month
 * clamps comes back in the next long one); each ends the day before the next starts.
 */
final class BillingCalendar {
    /** More periods than any sane scheme has up to a date: a daily scheme over 27 years. */
    static final int MAX_PERIODS = 10_000;

    /** One period and the day its invoice is issued. */
    record Period(LocalDate from, LocalDate to, LocalDate issueDate) {
    }

    private BillingCalendar() {
    }

    /**
     * The scheme's periods whose invoices are issued on or before {@code upTo}, oldest first, up to the scheme's
     * last active day.
     *
     * @throws ValidationException when there would be more than {@link #MAX_PERIODS}
     */
    static List<Period> due(CyclicScheme scheme, LocalDate upTo) {
        List<Period> periods = new ArrayList<>();
        for (int k = 0;; k++) {
            LocalDate from = start(scheme, k);
            if (scheme.activeUntil() != null && from.isAfter(scheme.activeUntil())) {
                return periods;
            }
            LocalDate to = start(scheme, k + 1).minusDays(1);
            LocalDate issueDate = issueDate(scheme, from, to);
            if (issueDate.isAfter(upTo)) {
                return periods;
            }
            if (periods.size() == MAX_PERIODS) {
                throw new ValidationException("activeFrom", "scheme " + scheme.name() + " has more than "
                        + MAX_PERIODS + " periods due up to " + upTo + "; check its frequency and start date");
            }
            periods.add(new Period(from, to, issueDate));
        }
    }

    private static LocalDate start(CyclicScheme scheme, int k) {
        long steps = (long) k * scheme.every();
        return switch (scheme.unit()) {
            case DAYS -> scheme.activeFrom().plusDays(steps);
            case WEEKS -> scheme.activeFrom().plusWeeks(steps);
            case MONTHS -> scheme.activeFrom().plusMonths(steps);
            case QUARTERS -> scheme.activeFrom().plusMonths(3 * steps);
            case YEARS -> scheme.activeFrom().plusYears(steps);
        };
    }

    /**
     * In advance: the period's first day, or for monthly units the issue day of the month it starts in. In
     * arrears: the day after it ends, or for monthly units the first issue day on or after that day.
     */
    private static LocalDate issueDate(CyclicScheme scheme, LocalDate from, LocalDate to) {
        boolean monthly = scheme.unit().monthly();
        if (scheme.timing() == BillingTiming.IN_ADVANCE) {
            return monthly ? dayOf(YearMonth.from(from), scheme.issueDay()) : from;
        }
        LocalDate after = to.plusDays(1);
        if (!monthly) {
            return after;
        }
        LocalDate day = dayOf(YearMonth.from(after), scheme.issueDay());
        return day.isBefore(after) ? dayOf(YearMonth.from(after).plusMonths(1), scheme.issueDay()) : day;
    }

    /** The issue day ("1".."31", clamped to the month's length, or "last") in a month. */
    static LocalDate dayOf(YearMonth month, String issueDay) {
        if (issueDay != null && "last".equals(issueDay.toLowerCase(Locale.ROOT))) {
            return month.atEndOfMonth();
        }
        int day = issueDay == null ? 1 : Integer.parseInt(issueDay);
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }
}
