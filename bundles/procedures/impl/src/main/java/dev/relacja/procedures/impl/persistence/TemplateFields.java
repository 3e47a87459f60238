package dev.relacja.procedures.impl.persistence;

import java.util.List;

/** A validated template, ready to be stored. */
public record TemplateFields(String code, String name, String description, List<StepDefinition> steps) {
    public TemplateFields {
        steps = List.copyOf(steps);
    }
}
