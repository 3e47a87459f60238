package dev.relacja.core.api.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolishHolidaysTest {

    @ParameterizedTest
    @CsvSource({"1990, 1990-04-15", "2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24",
            "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2038, 2038-04-25", "2100, 2100-03-28"})
    void computesEasterSunday(int year, LocalDate easter) {
        assertEquals(easter, PolishHolidays.easterSunday(year));
        assertTrue(PolishHolidays.isHoliday(easter));
        assertTrue(PolishHolidays.isHoliday(easter.plusDays(1)));
    }

    @Test
    void listsTheOfficialHolidaysOf2026InDateOrder() {
        List<LocalDate> official = List.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 4, 5),
                LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 3),
                LocalDate.of(2026, 5, 24), LocalDate.of(2026, 6, 4), LocalDate.of(2026, 8, 15),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 11), LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26));

        assertEquals(official, List.copyOf(PolishHolidays.in(2026)));
    }

    @Test
    void placesCorpusChristiSixtyDaysAfterEaster() {
        assertEquals(Optional.of("Dzień Bożego Ciała"), PolishHolidays.name(LocalDate.of(2026, 6, 4)));
        assertEquals(Optional.of("Pierwszy dzień Zielonych Świątek"), PolishHolidays.name(LocalDate.of(2026, 5, 24)));
    }

    @Test
    void christmasEveIsAHolidayOnlyFrom2025() {
        assertFalse(PolishHolidays.isHoliday(LocalDate.of(2024, 12, 24)));
        assertTrue(PolishHolidays.isHoliday(LocalDate.of(2025, 12, 24)));
        assertTrue(PolishHolidays.isHoliday(LocalDate.of(2030, 12, 24)));
        assertEquals(13, PolishHolidays.in(2024).size());
        assertEquals(14, PolishHolidays.in(2025).size());
    }

    @Test
    void epiphanyIsAHolidayOnlyFrom2011() {
        assertFalse(PolishHolidays.isHoliday(LocalDate.of(2010, 1, 6)));
        assertEquals(Optional.of("Święto Trzech Króli"), PolishHolidays.name(LocalDate.of(2011, 1, 6)));
    }

    @Test
    void namesOnlyHolidays() {
        assertEquals(Optional.of("Narodowe Święto Niepodległości"), PolishHolidays.name(LocalDate.of(2026, 11, 11)));
        assertEquals(Optional.empty(), PolishHolidays.name(LocalDate.of(2026, 6, 5)));
        assertFalse(PolishHolidays.isHoliday(LocalDate.of(2026, 6, 5)));
    }

    @Test
    void returnsAnUnmodifiableSet() {
        Set<LocalDate> holidays = PolishHolidays.in(2026);

        assertThrows(UnsupportedOperationException.class, () -> holidays.add(LocalDate.of(2026, 6, 5)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1989, 2201, -1})
    void refusesYearsOutsideTheSupportedRange(int year) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PolishHolidays.in(year));
        assertTrue(refused.getMessage().contains("1990..2200"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PolishHolidays.isHoliday(LocalDate.of(year, 5, 3)));
        assertThrows(IllegalArgumentException.class, () -> PolishHolidays.easterSunday(year));
    }

    @Test
    void acceptsBothEndsOfTheSupportedRange() {
        // Neither Epiphany nor Christmas Eve was a holiday yet in 1990.
        assertEquals(12, PolishHolidays.in(1990).size());
        assertEquals(14, PolishHolidays.in(2200).size());
    }
}
