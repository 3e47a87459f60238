package dev.relacja.core.api.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberPatternTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 7);

    @ParameterizedTest(name = "{0} #{1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "FS/{n}/{MM}/{yyyy}|7|FS/7/03/2026",
            "FS/{n}/{MM}/{yyyy}|1234|FS/1234/03/2026",
            "{n:5}/{yy}|42|00042/26",
            "{n:1}|42|42",
            "{n:3}|12345|12345",
            "{n:9}|1|000000001",
            "{n}|1|1",
            "FV {yyyy}-{MM}-{dd} nr {n:4}|12|FV 2026-03-07 nr 0012",
            "{dd}.{MM}.{yy}#{n}|3|07.03.26#3",
            "{yyyy}{yy}{n}|5|2026265",
            "Faktura żółć/{n}|8|Faktura żółć/8"})
    void formatsNumbersAndDates(String pattern, long number, String expected) {
        assertEquals(expected, NumberPattern.parse(pattern).format(number, DATE));
    }

    @Test
    void padsDateFieldsToTheirWidth() {
        NumberPattern pattern = NumberPattern.parse("{n}/{dd}/{MM}/{yy}/{yyyy}");

        assertEquals("1/01/01/05/2005", pattern.format(1, LocalDate.of(2005, 1, 1)));
        assertEquals("1/31/12/00/0900", pattern.format(1, LocalDate.of(900, 12, 31)));
    }

    @Test
    void formatsTheLargestCounter() {
        assertEquals(Long.toString(Long.MAX_VALUE), NumberPattern.parse("{n:9}").format(Long.MAX_VALUE, DATE));
    }

    @Test
    void refusesNumbersBelowOne() {
        NumberPattern pattern = NumberPattern.parse("{n}");

        assertThrows(IllegalArgumentException.class, () -> pattern.format(0, DATE));
        assertThrows(IllegalArgumentException.class, () -> pattern.format(-1, DATE));
        assertThrows(NullPointerException.class, () -> pattern.format(1, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "FS/{n/{yyyy}|position 4: '{' is not closed",
            "FS/{n|position 4: '{' is not closed",
            "FS/n}|position 5: '}' has no matching '{'",
            "{n}/{MM}}|position 9: '}' has no matching '{'",
            "{n}/{mm}|position 5: unknown token {mm}",
            "{n}/{}|position 5: unknown token {}",
            "{N}|position 1: unknown token {N}",
            "{n:0}|position 1: the padding width in {n:0} must be a digit from 1 to 9",
            "{n:10}|position 1: the padding width in {n:10} must be a digit from 1 to 9",
            "{n:}|position 1: the padding width in {n:} must be a digit from 1 to 9",
            "{n:x}|position 1: the padding width in {n:x} must be a digit from 1 to 9",
            "A{n}/{n:3}|position 6: a second number token {n:3}; the first is at position 2"})
    void namesTheProblemAndItsPosition(String pattern, String problem) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse(pattern));

        assertTrue(error.getMessage().contains(problem), error.getMessage());
        assertTrue(error.getMessage().contains(pattern), error.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"FS/{MM}/{yyyy}", "''", "plain text"})
    void requiresANumberToken(String pattern) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> NumberPattern.parse(pattern));

        assertTrue(error.getMessage().contains("no number token"), error.getMessage());
    }

    @Test
    void keepsThePatternAsWritten() {
        NumberPattern pattern = NumberPattern.parse("FS/{n:4}/{yyyy}");

        assertEquals("FS/{n:4}/{yyyy}", pattern.pattern());
        assertEquals("FS/{n:4}/{yyyy}", pattern.toString());
    }

    @Test
    void equalPatternsAreEqualValues() {
        assertEquals(NumberPattern.parse("FS/{n}"), NumberPattern.parse("FS/{n}"));
        assertEquals(NumberPattern.parse("FS/{n}").hashCode(), NumberPattern.parse("FS/{n}").hashCode());
        assertNotEquals(NumberPattern.parse("FS/{n}"), NumberPattern.parse("FV/{n}"));
    }

    @ParameterizedTest(name = "{0} with {1} reset is safe")
    @CsvSource({
            "FS/{n}/{MM}/{yyyy}, MONTHLY", "FS/{n}/{MM}/{yy}, MONTHLY", "FS/{n}/{MM}/{yyyy}, YEARLY",
            "FS/{n}/{yyyy}, YEARLY", "FS/{n}/{yy}, YEARLY", "FS/{n}, NEVER", "FS/{n}/{MM}, NEVER"})
    void noWarningWhenNumbersCannotRepeat(String pattern, ResetPeriod reset) {
        assertEquals(Optional.empty(), NumberPattern.parse(pattern).warningFor(reset));
    }

    @Test
    void warnsWhenAMonthlyResetHasNoMonth() {
        String warning = NumberPattern.parse("FS/{n}/{yyyy}").warningFor(ResetPeriod.MONTHLY).orElseThrow();

        assertTrue(warning.contains("{MM}"), warning);
        assertTrue(warning.contains("monthly"), warning);
    }

    @Test
    void warnsWhenAResetHasNoYear() {
        String yearly = NumberPattern.parse("FS/{n}/{MM}").warningFor(ResetPeriod.YEARLY).orElseThrow();
        String monthly = NumberPattern.parse("FS/{n}/{MM}").warningFor(ResetPeriod.MONTHLY).orElseThrow();

        assertTrue(yearly.contains("{yyyy} or {yy}"), yearly);
        assertTrue(monthly.contains("{yyyy} or {yy}"), monthly);
    }

    @Test
    void namesEveryMissingTokenAtOnce() {
        assertEquals(Optional.of("Numbers restart monthly but pattern FS/{n} has no {MM} and no {yyyy} or {yy},"
                        + " so the same number would be issued twice"),
                NumberPattern.parse("FS/{n}").warningFor(ResetPeriod.MONTHLY));
    }
}
