package dev.relacja.core.api.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class VatRateTest {

    @ParameterizedTest
    @CsvSource({"23, R23", "23%, R23", " 23 % , R23", "8, R8", "8%, R8", "5, R5", "0, R0", "0%, R0",
            "zw, ZW", "ZW, ZW", "np, NP", "Np, NP", "oo, OO", "OO, OO"})
    void findsRateByCodeIgnoringCaseAndPercentSign(String code, VatRate expected) {
        assertEquals(expected, VatRate.fromCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7", "22", "zw%", "23%%", "exempt", "0.23"})
    void rejectsUnknownCodesListingTheAllowedOnes(String code) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> VatRate.fromCode(code));

        assertTrue(error.getMessage().contains("23, 8, 5, 0, zw, np, oo"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(VatRate.class)
    void everyCodeFindsItsOwnRate(VatRate rate) {
        assertEquals(rate, VatRate.fromCode(rate.code()));
    }

    @Test
    void onlyPositiveRatesAreTaxed() {
        assertEquals(0, new BigDecimal("23").compareTo(VatRate.R23.percent()));
        assertEquals(0, new BigDecimal("8").compareTo(VatRate.R8.percent()));
        assertEquals(0, new BigDecimal("5").compareTo(VatRate.R5.percent()));
        assertTrue(VatRate.R23.taxed());
        assertTrue(VatRate.R8.taxed());
        assertTrue(VatRate.R5.taxed());
    }

    @ParameterizedTest
    @EnumSource(value = VatRate.class, names = {"R0", "ZW", "NP", "OO"})
    void untaxedRatesHaveZeroPercent(VatRate rate) {
        assertEquals(0, rate.percent().signum());
        assertFalse(rate.taxed());
    }
}
