package dev.relacja.core.api.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {

    @ParameterizedTest
    @ValueSource(strings = {"5261040828", "7740001454", "526-104-08-28", "526 104 08 28", "PL5261040828",
            "pl 526-104-08-28", " 5261040828 "})
    void acceptsValidNumbersInTheFormsPeopleType(String nip) {
        assertEquals(Optional.empty(), Nip.problem(nip));
        assertTrue(Nip.isValid(nip));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000000", "111111111", "987654321", "526104082", "100000000"})
    void acceptsNumbersCompletedWithTheirCheckDigit(String firstNine) {
        String nip = firstNine + checkDigit(firstNine);

        assertTrue(Nip.isValid(nip), nip);
    }

    @Test
    void rejectsEveryWrongCheckDigit() {
        for (int digit = 0; digit <= 9; digit++) {
            String nip = "526104082" + digit;
            assertEquals(digit == 8, Nip.isValid(nip), nip);
        }
        assertEquals(Optional.of("NIP checksum does not match"), Nip.problem("5261040827"));
    }

    @Test
    void neverAcceptsNumbersWhoseRemainderIsTen() {
        assertEquals(10, weightedSum("123456789") % 11);
        for (int digit = 0; digit <= 9; digit++) {
            assertFalse(Nip.isValid("123456789" + digit));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "526104082|NIP must have 10 digits, not 9",
            "52610408281|NIP must have 10 digits, not 11",
            "PL|NIP must have 10 digits, not 0",
            "52610408a8|NIP may contain only digits, spaces, dashes and a leading PL",
            "DE5261040828|NIP may contain only digits, spaces, dashes and a leading PL",
            "526104082٨|NIP may contain only digits, spaces, dashes and a leading PL"})
    void explainsWhatIsWrong(String nip, String problem) {
        assertEquals(Optional.of(problem), Nip.problem(nip));
    }

    @Test
    void reportsMissingInput() {
        assertEquals(Optional.of("NIP is missing"), Nip.problem(null));
        assertEquals(Optional.of("NIP is missing"), Nip.problem("  "));
        assertFalse(Nip.isValid(null));
    }

    @Test
    void normalisesToTheDigitsAlone() {
        assertEquals("5261040828", Nip.normalize("PL 526-104-08-28"));
        assertEquals("5261040828", Nip.normalize("pl5261040828"));
        assertEquals("5261040828", Nip.normalize("526 104 08 28"));
    }

    // the published algorithm, written independently of the class under test
    private static int checkDigit(String firstNine) {
        int remainder = weightedSum(firstNine) % 11;
        assertTrue(remainder < 10, "no valid NIP starts with " + firstNine);
        return remainder;
    }

    private static int weightedSum(String firstNine) {
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += Character.getNumericValue(firstNine.charAt(i)) * weights[i];
        }
        return sum;
    }
}
