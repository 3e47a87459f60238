package dev.relacja.procedures.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a manager sends to define or change a procedure template: a unique code (lower-case letters, digits
 * and hyphens), a name, an optional description and 1 to 50 steps in order.
 */
public record ProcedureTemplateDraft(String code, String name, String description, List<ProcedureStep> steps) {
    public ProcedureTemplateDraft {
        steps = steps == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(steps));
    }
}
