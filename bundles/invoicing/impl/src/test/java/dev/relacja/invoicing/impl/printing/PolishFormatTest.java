package dev.relacja.invoicing.impl.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PolishFormatTest {

    @Test
    void amountsHaveADecimalCommaAndThousandsGroupedWithNoBreakSpaces() {
        assertEquals("0,00", plain(PolishFormat.money(BigDecimal.ZERO)));
        assertEquals("123,40", plain(PolishFormat.money(new BigDecimal("123.4"))));
        assertEquals("1 234,56", plain(PolishFormat.money(new BigDecimal("1234.56"))));
        assertEquals("1 234 567,00", plain(PolishFormat.money(new BigDecimal("1234567"))));
        assertEquals("-1 000,00", plain(PolishFormat.money(new BigDecimal("-1000"))));
        assertEquals("1 234,56 zł", plain(PolishFormat.money(new BigDecimal("1234.56"), "PLN")));
        assertEquals("10,00 EUR", plain(PolishFormat.money(BigDecimal.TEN, "EUR")));
        assertEquals("1\u00A0234,56\u00A0zł", PolishFormat.money(new BigDecimal("1234.56"), "PLN"));
    }

    @Test
    void quantitiesAndPercentagesKeepOnlyTheDecimalsTheyHave() {
        assertEquals("1,5", plain(PolishFormat.decimal(new BigDecimal("1.500"))));
        assertEquals("10", plain(PolishFormat.decimal(new BigDecimal("10.00"))));
        assertEquals("1 000", plain(PolishFormat.decimal(new BigDecimal("1000.000"))));
        assertEquals("0", plain(PolishFormat.decimal(new BigDecimal("0.000"))));
    }

    @Test
    void polishAccountsPrintInGroupsOfFour() {
        assertEquals("PL61 1090 1014 0000 0712 1981 2874", PolishFormat.bankAccount("PL61109010140000071219812874"));
        assertEquals("DE89370400440532013000", PolishFormat.bankAccount(" DE89370400440532013000 "));
        assertEquals("", PolishFormat.bankAccount(null));
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }
}
