package dev.relacja.core.api.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessDaysTest {

    private final BusinessDays days = BusinessDays.polish();

    @ParameterizedTest
    @CsvSource({
        "2026-12-23, 1, 2026-12-28", // 24-26 Dec are holidays, 27 is a Sunday
        "2026-12-31, 1, 2027-01-04", // 1 Jan is a holiday, 2-3 Jan a weekend
        "2026-04-03, 1, 2026-04-07", // Good Friday is a working day; Easter Monday is not
        "2026-01-09, 1, 2026-01-12", // Friday to Monday
        "2026-01-10, 1, 2026-01-12", // Saturday to Monday: counting starts after the start date
        "2026-12-23, 0, 2026-12-23", // zero keeps a business day
        "2026-12-24, 0, 2026-12-28", // zero moves a holiday to the next business day
        "2026-12-22, 3, 2026-12-29",
        "2024-12-23, 1, 2024-12-24", // Christmas Eve was still a working day in 2024
    })
    void addsBusinessDays(LocalDate start, int businessDays, LocalDate expected) {
        assertEquals(expected, days.plus(start, businessDays));
    }

    @Test
    void holidayOnASaturdayIsNeitherMovedNorABusinessDay() {
        LocalDate assumption = LocalDate.of(2026, 8, 15);

        assertEquals(DayOfWeek.SATURDAY, assumption.getDayOfWeek());
        assertTrue(PolishHolidays.isHoliday(assumption));
        assertFalse(days.isBusinessDay(assumption));
        assertTrue(days.isBusinessDay(LocalDate.of(2026, 8, 14)));
        assertTrue(days.isBusinessDay(LocalDate.of(2026, 8, 17)));
    }

    @Test
    void findsTheNextBusinessDayOrKeepsTheDate() {
        assertEquals(LocalDate.of(2026, 4, 7), days.nextOrSame(LocalDate.of(2026, 4, 4)));
        assertEquals(LocalDate.of(2026, 4, 3), days.nextOrSame(LocalDate.of(2026, 4, 3)));
    }

    @Test
    void counts2026BusinessDays() {
        // 261 weekdays less the eight holidays that fall on one.
        assertEquals(253, days.between(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
        assertEquals(0, days.between(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4)));
        assertEquals(1, days.between(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5)));
    }

    @Test
    void betweenAgreesWithPlusForEveryStartOverTwoYears() {
        for (LocalDate start = LocalDate.of(2025, 1, 1); start.getYear() < 2027; start = start.plusDays(1)) {
            assertEquals(days.nextOrSame(start), days.plus(start, 0), start::toString);
            for (int n = 1; n <= 20; n++) {
                LocalDate end = days.plus(start, n);
                String context = start + " + " + n + " = " + end;

                assertTrue(days.isBusinessDay(end), context);
                // Exactly n business days lie in (start, end], and end is the first date for which that holds.
                assertEquals(n, days.between(start.plusDays(1), end.plusDays(1)), context);
                assertEquals(n - 1, days.between(start.plusDays(1), end), context);
                if (days.isBusinessDay(start)) {
                    assertEquals(n, days.between(start, end), context);
                }
            }
        }
    }

    @Test
    void refusesNegativeCountsAndReversedRanges() {
        LocalDate day = LocalDate.of(2026, 3, 2);

        assertThrows(IllegalArgumentException.class, () -> days.plus(day, -1));
        assertThrows(IllegalArgumentException.class, () -> days.between(day, day.minusDays(1)));
    }

    @Test
    void refusesDatesOutsideTheSupportedYears() {
        assertThrows(IllegalArgumentException.class, () -> days.isBusinessDay(LocalDate.of(1989, 12, 29)));
        assertThrows(IllegalArgumentException.class, () -> days.plus(LocalDate.of(2200, 12, 29), 5));
    }

    @Test
    void isASharedImmutableCalendar() {
        assertSame(BusinessDays.polish(), BusinessDays.polish());
    }
}
