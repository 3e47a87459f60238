package dev.relacja.scheduling.impl.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.relacja.core.api.error.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryValuesTest {

    @Test
    void instantsMayCarryAnOffsetEvenOneWhosePlusArrivedAsASpace() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(Instant.parse("2026-03-29T00:00:00Z"), QueryValues.instant(errors, "from", "2026-03-29T00:00:00Z"));
        assertEquals(Instant.parse("2026-03-28T23:00:00Z"), QueryValues.instant(errors, "from", "2026-03-29T00:00:00+01:00"));
        assertEquals(Instant.parse("2026-03-28T23:00:00Z"), QueryValues.instant(errors, "from", "2026-03-29T00:00:00 01:00"));
        assertNull(QueryValues.instant(errors, "from", null));
        assertEquals(List.of(), errors);
        assertNull(QueryValues.instant(errors, "to", "2026-03-29"));
        assertEquals("to", errors.get(0).field());
    }

    @Test
    void loginsComeRepeatedOrCommaSeparated() {
        assertEquals(List.of("anna", "piotr", "team"), QueryValues.logins(List.of("anna, piotr", "team")));
        assertEquals(List.of(), QueryValues.logins(null));
    }
}
