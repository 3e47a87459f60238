package dev.relacja.procedures.api;

import java.util.List;

/**
 * A procedure template as stored, with its version for optimistic locking. Only active templates can be
 * started; changing a template never changes the procedures already started from it.
 */
public record ProcedureTemplate(
        long id,
        String code,
        String name,
        String description,
        List<ProcedureStep> steps,
        boolean active,
        long version) {
    public ProcedureTemplate {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
