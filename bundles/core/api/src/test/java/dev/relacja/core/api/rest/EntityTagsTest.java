package dev.relacja.core.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relacja.core.api.error.PreconditionRequiredException;
import dev.relacja.core.api.error.ValidationException;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void readsTheVersionFromStrongAndWeakTags() {
        assertEquals("\"7\"", EntityTags.of(7));
        assertEquals(7, EntityTags.expectedVersion("\"7\""));
        assertEquals(7, EntityTags.expectedVersion("W/\"7\""));
        assertEquals(7, EntityTags.expectedVersion(" 7 "));
    }

    @Test
    void refusesAMissingOrForeignTag() {
        assertThrows(PreconditionRequiredException.class, () -> EntityTags.expectedVersion(null));
        assertThrows(PreconditionRequiredException.class, () -> EntityTags.expectedVersion(" "));
        ValidationException e = assertThrows(ValidationException.class, () -> EntityTags.expectedVersion("\"abc\""));
        assertEquals("If-Match", e.errors().get(0).field());
    }
}
