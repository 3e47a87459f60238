package dev.relacja.core.api.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statutory non-working days in Poland under the act on days free from work (ustawa o dniach wolnych
 * od pracy), including the changes of 2011 (Epiphany) and 2025 (Christmas Eve). Years outside
 * {@value #FIRST_YEAR}..{@value #LAST_YEAR} are refused rather than answered from rules that may not apply.
 */
public final class PolishHolidays {

    /** The first supported year; the current list of holidays dates from 1990, when 3 May was restored. */
    public static final int FIRST_YEAR = 1990;

    /** The last supported year. */
    public static final int LAST_YEAR = 2200;

    // The years from which a holiday added by a later amendment of the act applies.
    private static final int EPIPHANY_SINCE = 2011;
    private static final int CHRISTMAS_EVE_SINCE = 2025;

    private PolishHolidays() {
    }

    /** The holidays of the given year in date order, as an unmodifiable set. */
    public static Set<LocalDate> in(int year) {
        return Collections.unmodifiableSet(namedIn(year).navigableKeySet());
    }

    /** Whether the date is a statutory holiday, whatever day of the week it falls on. */
    public static boolean isHoliday(LocalDate date) {
        return name(date).isPresent();
    }

    /** The Polish name of the holiday on the date, worded as in the act, or empty if it is not a holiday. */
    public static Optional<String> name(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return Optional.ofNullable(namedIn(date.getYear()).get(date));
    }

    /** Easter Sunday of the given year in the Gregorian calendar. */
    public static LocalDate easterSunday(int year) {
        requireSupported(year);
        // The anonymous Gregorian algorithm (Meeus/Jones/Butcher): exact for every Gregorian year.
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static TreeMap<LocalDate, String> namedIn(int year) {
        LocalDate easter = easterSunday(year);
        TreeMap<LocalDate, String> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(year, Month.JANUARY, 1), "Nowy Rok");
        if (year >= EPIPHANY_SINCE) {
            holidays.put(LocalDate.of(year, Month.JANUARY, 6), "Święto Trzech Króli");
        }
        holidays.put(easter, "Pierwszy dzień Wielkiej Nocy");
        holidays.put(easter.plusDays(1), "Drugi dzień Wielkiej Nocy");
        holidays.put(LocalDate.of(year, Month.MAY, 1), "Święto Państwowe");
        holidays.put(LocalDate.of(year, Month.MAY, 3), "Święto Narodowe Trzeciego Maja");
        holidays.put(easter.plusDays(49), "Pierwszy dzień Zielonych Świątek");
        holidays.put(easter.plusDays(60), "Dzień Bożego Ciała");
        holidays.put(LocalDate.of(year, Month.AUGUST, 15), "Wniebowzięcie Najświętszej Maryi Panny");
        holidays.put(LocalDate.of(year, Month.NOVEMBER, 1), "Wszystkich Świętych");
        holidays.put(LocalDate.of(year, Month.NOVEMBER, 11), "Narodowe Święto Niepodległości");
        if (year >= CHRISTMAS_EVE_SINCE) {
            holidays.put(LocalDate.of(year, Month.DECEMBER, 24), "Wigilia Bożego Narodzenia");
        }
        holidays.put(LocalDate.of(year, Month.DECEMBER, 25), "Pierwszy dzień Bożego Narodzenia");
        holidays.put(LocalDate.of(year, Month.DECEMBER, 26), "Drugi dzień Bożego Narodzenia");
        return holidays;
    }

    private static void requireSupported(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "Polish holidays are known for " + FIRST_YEAR + ".." + LAST_YEAR + ", not for " + year);
        }
    }
}
