package dev.relacja.invoicing.impl.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.invoicing.api.ItemKind;
import dev.relacja.invoicing.api.ParticipantItem;
import dev.relacja.invoicing.api.SchemeItem;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemeValuesTest {
    private static final CatalogueItem ABO = new CatalogueItem(7, "ABO-M", "Abonament", ItemKind.SERVICE, "mies.",
            new BigDecimal("150.00"), "PLN", "23", null, null, true, Instant.EPOCH, Instant.EPOCH, 0);
    /** A catalogue that knows only ABO-M. */
    private static final CatalogueService CATALOGUE = (CatalogueService) Proxy.newProxyInstance(
            SchemeValuesTest.class.getClassLoader(), new Class<?>[] {CatalogueService.class},
            (proxy, method, args) -> method.getName().equals("findByCode") && "ABO-M".equals(args[0])
                    ? Optional.of(ABO) : Optional.empty());

    @Test
    void aCatalogueItemTakesAnOptionalQuantityAndPrice() {
        assertEquals(new SchemeItem(0, 7L, null, null, BigDecimal.ONE, null, null), SchemeValues.item("ABO-M", CATALOGUE));
        assertEquals(new SchemeItem(0, 7L, null, null, new BigDecimal("2.5"), new BigDecimal("99.90"), null),
                SchemeValues.item("ABO-M:2,5:99.90", CATALOGUE));
        assertEquals(new SchemeItem(0, 7L, null, null, BigDecimal.ONE, new BigDecimal("10"), null),
                SchemeValues.item("ABO-M::10", CATALOGUE));
        assertThrows(NotFoundException.class, () -> SchemeValues.item("NIEMA:1", CATALOGUE));
        assertThrows(ValidationException.class, () -> SchemeValues.item("ABO-M:1:2:3", CATALOGUE));
        assertThrows(ValidationException.class, () -> SchemeValues.item("ABO-M:jeden", CATALOGUE));
    }

    @Test
    void aFreeTextItemHasFiveParts() {
        assertEquals(new SchemeItem(0, null, "Serwis", "godz.", new BigDecimal("2"), new BigDecimal("80.50"), "8"),
                SchemeValues.item("Serwis|godz.|2|80,50|8", CATALOGUE));
        assertThrows(ValidationException.class, () -> SchemeValues.item("Serwis|godz.|2|80", CATALOGUE));
    }

    @Test
    void anOverrideNamesAPositionAndAQuantityOrAPriceOrBoth() {
        assertEquals(new ParticipantItem(2, null, new BigDecimal("99.50")), SchemeValues.override("2::99.50"));
        assertEquals(new ParticipantItem(1, new BigDecimal("3"), null), SchemeValues.override("1:3"));
        assertEquals(new ParticipantItem(1, new BigDecimal("0"), new BigDecimal("1.5")), SchemeValues.override("1:0:1,5"));
        assertThrows(ValidationException.class, () -> SchemeValues.override("x:1:1"));
        assertThrows(ValidationException.class, () -> SchemeValues.override("1"));
    }
}
