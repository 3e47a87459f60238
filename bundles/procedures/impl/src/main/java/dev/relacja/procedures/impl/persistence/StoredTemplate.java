package dev.relacja.procedures.impl.persistence;

import java.util.List;

/** A procedure template as stored, steps in order. */
public record StoredTemplate(long id, String code, String name, String description, List<StepDefinition> steps,
        boolean active, long version) {
    public StoredTemplate {
        steps = List.copyOf(steps);
    }
}
