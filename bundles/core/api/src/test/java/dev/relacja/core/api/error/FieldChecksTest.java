package dev.relacja.core.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldChecksTest {

    @Test
    void stripsTextAndReportsMissingOrTooLongValues() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals("Łódź", FieldChecks.text(errors, "city", "  Łódź ", 10, true));
        assertNull(FieldChecks.text(errors, "notes", "   ", 10, false));
        assertEquals(List.of(), errors);

        assertNull(FieldChecks.text(errors, "title", null, 10, true));
        assertEquals("abcdefghijk", FieldChecks.text(errors, "code", "abcdefghijk", 10, false));
        assertEquals(List.of(new FieldError("title", "title is required"),
                new FieldError("code", "code is 11 characters long; at most 10")), errors);
    }
}
