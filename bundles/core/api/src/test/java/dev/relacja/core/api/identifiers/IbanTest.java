package dev.relacja.core.api.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {"PL61109010140000071219812874", "PL61 1090 1014 0000 0712 1981 2874",
            "pl61 1090 1014 0000 0712 1981 2874", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00",
            "GB29NWBK60161331926819", "CH9300762011623852957", "NO9386011117947", "FR1420041010050500013M02606",
            "MT84MALT011000012345MTLCAST001S"})
    void acceptsValidIbans(String iban) {
        assertEquals(Optional.empty(), Iban.problem(iban));
        assertTrue(Iban.isValid(iban));
    }

    @Test
    void acceptsIbansCompletedWithTheirCheckDigits() {
        assertTrue(Iban.isValid(withCheckDigits("PL", "1020" + "1026" + "0000" + "0402" + "0178" + "3457")));
        assertTrue(Iban.isValid(withCheckDigits("DE", "500105175407324931")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PL62109010140000071219812874", "PL61109010140000071219812875", "PL61109010140000071219812847",
            "DE88370400440532013000", "DE89370400440532013001"})
    void rejectsWrongChecksums(String iban) {
        assertEquals(Optional.of("IBAN checksum does not match"), Iban.problem(iban));
    }

    @Test
    void rejectsCheckDigitsTheStandardNeverIssues() {
        String bban = bbanWhoseCheckDigitsAre98();
        assertTrue(Iban.isValid("DE98" + bban));

        // 01 is congruent to 98 modulo 97, so only the range rule catches it
        assertEquals(Optional.of("IBAN check digits must be between 02 and 98"), Iban.problem("DE01" + bban));
        assertEquals(Optional.of("IBAN check digits must be between 02 and 98"), Iban.problem("DE00" + bban));
        assertEquals(Optional.of("IBAN check digits must be between 02 and 98"), Iban.problem("DE99" + bban));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PL6110901014000007121981287|PL IBAN must have 28 characters, not 27",
            "PL611090101400000712198128745|PL IBAN must have 28 characters, not 29",
            "DE8937040044053201300|DE IBAN must have 22 characters, not 21",
            "PL61_1090101400000712198128|IBAN may contain only letters, digits, spaces and dashes",
            "6110901014000007121981287400|IBAN must begin with a two-letter country code and two check digits",
            "PLAB109010140000071219812874|IBAN must begin with a two-letter country code and two check digits",
            "PL|IBAN must begin with a two-letter country code and two check digits"})
    void explainsWhatIsWrong(String iban, String problem) {
        assertEquals(Optional.of(problem), Iban.problem(iban));
    }

    @ParameterizedTest
    @ValueSource(strings = {"US64SVBKUS6S3300958879", "XX61109010140000071219812874"})
    void namesUnsupportedCountries(String iban) {
        String problem = Iban.problem(iban).orElseThrow();

        assertTrue(problem.startsWith("IBAN country " + iban.substring(0, 2) + " is not supported"), problem);
        assertTrue(problem.contains("PL"), problem);
    }

    @Test
    void reportsMissingInput() {
        assertEquals(Optional.of("IBAN is missing"), Iban.problem(null));
        assertEquals(Optional.of("IBAN is missing"), Iban.problem(" "));
        assertFalse(Iban.isValid(null));
    }

    @Test
    void normalisesToTheElectronicForm() {
        assertEquals("PL61109010140000071219812874", Iban.normalize(" pl61 1090 1014 0000 0712 1981 2874 "));
    }

    @Test
    void formatsPolishIbansInGroupsOfFour() {
        assertEquals("PL61 1090 1014 0000 0712 1981 2874", Iban.formatPolish("PL61109010140000071219812874"));
        assertEquals("PL61 1090 1014 0000 0712 1981 2874", Iban.formatPolish("pl 61 10901014 0000071219812874"));
    }

    @Test
    void refusesToFormatOtherIbansAsPolish() {
        assertThrows(IllegalArgumentException.class, () -> Iban.formatPolish("DE89370400440532013000"));
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> Iban.formatPolish("PL62109010140000071219812874"));
        assertEquals("IBAN checksum does not match", invalid.getMessage());
    }

    private static String bbanWhoseCheckDigitsAre98() {
        for (long account = 1_000_000_000L; ; account++) {
            String bban = "37040044" + account;
            if (withCheckDigits("DE", bban).startsWith("DE98")) {
                return bban;
            }
        }
    }

    // ISO 13616 computed with BigInteger, independently of the class under test
    private static String withCheckDigits(String country, String bban) {
        StringBuilder numeric = new StringBuilder();
        for (char c : (bban + country + "00").toCharArray()) {
            numeric.append(Character.getNumericValue(c));
        }
        int check = 98 - new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue();
        return country + String.format("%02d", check) + bban;
    }
}
