package dev.relacja.core.api.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"1234.5, 1234.50", "10, 10.00", "0.005, 0.01", "0.004, 0.00", "2.675, 2.68", "-0.005, -0.01"})
    void normalisesToTwoPlacesHalfUp(String amount, String expected) {
        assertEquals(new BigDecimal(expected), Money.pln(amount).amount());
    }

    @Test
    void amountsThatDifferOnlyInScaleAreEqual() {
        assertEquals(Money.pln("1.5"), Money.pln("1.500"));
    }

    @Test
    void printsAmountAndCurrencyCode() {
        assertEquals("1234.50 PLN", Money.pln("1234.5").toString());
        assertEquals("10.00 EUR", Money.of("10", "EUR").toString());
    }

    @Test
    void plnFactoryUsesTheDefaultCurrency() {
        assertEquals(Currency.getInstance("PLN"), Money.PLN);
        assertEquals(Money.PLN, Money.pln("1").currency());
    }

    @Test
    void addsAndSubtractsInOneCurrency() {
        assertEquals(Money.pln("12.80"), Money.pln("10.55").plus(Money.pln("2.25")));
        assertEquals(Money.pln("-1.45"), Money.pln("0.80").minus(Money.pln("2.25")));
    }

    @Test
    void refusesToMixCurrencies() {
        Money zloty = Money.pln("1");
        Money euro = Money.of("1", "EUR");

        assertThrows(IllegalArgumentException.class, () -> zloty.plus(euro));
        assertThrows(IllegalArgumentException.class, () -> zloty.minus(euro));
    }

    @Test
    void knowsZeroWhateverTheSign() {
        assertTrue(Money.pln("0").isZero());
        assertTrue(Money.pln("-0.001").isZero());
        assertFalse(Money.pln("0.01").isZero());
    }

    @Test
    void rejectsMissingParts() {
        assertThrows(NullPointerException.class, () -> new Money(null, Money.PLN));
        assertThrows(NullPointerException.class, () -> new Money(BigDecimal.ONE, null));
    }

    @Test
    void rejectsUnknownCurrencyCodesAndMalformedAmounts() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "XYZ"));
        assertThrows(IllegalArgumentException.class, () -> Money.pln("1,50"));
    }
}
