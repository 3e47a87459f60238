package dev.relacja.offers.impl.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relacja.core.api.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellValuesTest {

    @Test
    void numbersTakeAPointOrAPolishCommaAndBadOnesNameTheField() {
        assertEquals(new BigDecimal("1499.90"), ShellValues.decimal("unitPrice", "price", "1 499,90"));
        assertEquals(new BigDecimal("2.5"), ShellValues.decimal("quantity", "quantity", "2.5"));
        assertNull(ShellValues.decimal("unitPrice", "price", " "));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ShellValues.decimal("unitPrice", "price", "dużo"));
        assertEquals("unitPrice", refused.errors().get(0).field());
    }

    @Test
    void linePositionsAndDatesAreReadAsTyped() {
        assertEquals(List.of(1, 3), ShellValues.positions("1,3"));
        assertEquals(List.of(2, 4, 5), ShellValues.positions("2 4, 5"));
        assertEquals(List.of(), ShellValues.positions(null));
        assertEquals("linePositions", assertThrows(ValidationException.class,
                () -> ShellValues.positions("1,x")).errors().get(0).field());
        assertEquals(LocalDate.of(2026, 12, 31), ShellValues.date("validUntil", "valid-until", "2026-12-31"));
        assertEquals("validUntil", assertThrows(ValidationException.class,
                () -> ShellValues.date("validUntil", "valid-until", "31.12.2026")).errors().get(0).field());
    }
}
