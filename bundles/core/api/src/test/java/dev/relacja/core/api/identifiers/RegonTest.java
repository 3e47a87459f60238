package dev.relacja.core.api.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegonTest {

    private static final int[] SHORT_WEIGHTS = {8, 9, 2, 3, 4, 5, 6, 7};
    private static final int[] LONG_WEIGHTS = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

    @ParameterizedTest
    @ValueSource(strings = {"000331501", "123456785", "000-331-501", "000 331 501"})
    void acceptsValidNineDigitNumbers(String regon) {
        assertEquals(Optional.empty(), Regon.problem(regon));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "00033150", "99999999", "31415926"})
    void acceptsNineDigitNumbersCompletedWithTheirCheckDigit(String firstEight) {
        assertTrue(Regon.isValid(firstEight + checkDigit(firstEight, SHORT_WEIGHTS)));
    }

    @Test
    void mapsRemainderTenToCheckDigitZero() {
        String firstEight = firstEightWithRemainderTen();

        assertTrue(Regon.isValid(firstEight + "0"));
        for (int digit = 1; digit <= 9; digit++) {
            assertFalse(Regon.isValid(firstEight + digit));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "0001", "9999", "5678"})
    void acceptsFourteenDigitNumbersOfValidBusinesses(String unit) {
        String firstThirteen = "123456785" + unit;
        String regon = firstThirteen + checkDigit(firstThirteen, LONG_WEIGHTS);

        assertEquals(Optional.empty(), Regon.problem(regon), regon);
    }

    @Test
    void rejectsWrongCheckDigits() {
        assertEquals(Optional.of("REGON checksum does not match"), Regon.problem("123456784"));
        String firstThirteen = "0003315010001";
        int good = checkDigit(firstThirteen, LONG_WEIGHTS);
        assertTrue(Regon.isValid(firstThirteen + good));
        assertEquals(Optional.of("REGON checksum does not match"), Regon.problem(firstThirteen + (good + 1) % 10));
    }

    @Test
    void rejectsFourteenDigitsWhoseBusinessPartIsInvalid() {
        // the 14-digit checksum holds, but 123456784 is not a REGON
        String firstThirteen = "1234567841234";
        String regon = firstThirteen + checkDigit(firstThirteen, LONG_WEIGHTS);

        assertEquals(Optional.of("REGON of 14 digits must begin with a valid 9-digit REGON"), Regon.problem(regon));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12345678|REGON must have 9 or 14 digits, not 8",
            "1234567850|REGON must have 9 or 14 digits, not 10",
            "12345678512|REGON must have 9 or 14 digits, not 11",
            "12345678X|REGON may contain only digits, spaces and dashes"})
    void explainsWhatIsWrong(String regon, String problem) {
        assertEquals(Optional.of(problem), Regon.problem(regon));
    }

    @Test
    void reportsMissingInput() {
        assertEquals(Optional.of("REGON is missing"), Regon.problem(null));
        assertEquals(Optional.of("REGON is missing"), Regon.problem(""));
    }

    @Test
    void normalisesToTheDigitsAlone() {
        assertEquals("000331501", Regon.normalize(" 000-331-501 "));
    }

    private static String firstEightWithRemainderTen() {
        for (int candidate = 10_000_000; ; candidate++) {
            String firstEight = Integer.toString(candidate);
            if (weightedSum(firstEight, SHORT_WEIGHTS) % 11 == 10) {
                return firstEight;
            }
        }
    }

    // the published algorithm, written independently of the class under test
    private static int checkDigit(String digits, int[] weights) {
        int remainder = weightedSum(digits, weights) % 11;
        return remainder == 10 ? 0 : remainder;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += Character.getNumericValue(digits.charAt(i)) * weights[i];
        }
        return sum;
    }
}
