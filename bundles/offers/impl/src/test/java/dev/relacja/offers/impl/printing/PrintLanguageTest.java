package dev.relacja.offers.impl.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relacja.core.api.error.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PrintLanguageTest {

    @Test
    void polishGroupsWithANoBreakSpaceAndWritesADecimalComma() {
        assertEquals("1\u00A0234\u00A0567,80", PrintLanguage.PL.money(new BigDecimal("1234567.8")));
        assertEquals("-270,00", PrintLanguage.PL.money(new BigDecimal("-270")));
        assertEquals("1,5", PrintLanguage.PL.decimal(new BigDecimal("1.500")));
        assertEquals("0,00", PrintLanguage.PL.money(BigDecimal.ZERO));
    }

    @Test
    void englishGroupsWithACommaAndWritesADecimalPoint() {
        assertEquals("1,234,567.80", PrintLanguage.EN.money(new BigDecimal("1234567.8")));
        assertEquals("12.5", PrintLanguage.EN.decimal(new BigDecimal("12.50")));
        assertEquals("1,000", PrintLanguage.EN.decimal(new BigDecimal("1000.000")));
    }

    @Test
    void languagesAreReadInAnyCaseAndOthersAreRefusedNamingTheField() {
        assertEquals(PrintLanguage.EN, PrintLanguage.of(" EN "));
        ValidationException refused = assertThrows(ValidationException.class, () -> PrintLanguage.of("de"));
        assertEquals("language", refused.errors().get(0).field());
        assertEquals("Oferta handlowa", PrintLanguage.PL.labels().get("title"));
        assertEquals(PrintLanguage.PL.labels().keySet(), PrintLanguage.EN.labels().keySet());
    }
}
