package dev.relacja.procedures.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One step of a procedure template, which becomes one sub-task when the procedure starts. Its deadline is
 * {@code days} business days after its anchor: the start date ({@link StepAnchor#START}), the previous
 * step's deadline ({@link StepAnchor#PREVIOUS_STEP}), or, when {@code dependsOn} names earlier steps (by
 * their 1-based numbers), the latest of their deadlines. {@code owner} is a login, the keyword
 * {@value #COUNTERPARTY_OWNER}, or null for the operator who starts the procedure. Left out, {@code type}
 * is {@value #DEFAULT_TYPE} and {@code after} is {@link StepAnchor#START}.
 */
public record ProcedureStep(
        String title,
        String type,
        int days,
        StepAnchor after,
        String owner,
        List<Integer> dependsOn) {

    /** The owner keyword for "whoever looks after the counterparty when the procedure starts". */
    public static final String COUNTERPARTY_OWNER = "counterparty-owner";
    /** The task type of a step that names none. */
    public static final String DEFAULT_TYPE = "task";

    public ProcedureStep {
        // not List.copyOf: a null element must reach validation, which names it
        dependsOn = dependsOn == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(dependsOn));
    }

    /** A step of the default type, due {@code days} business days after the start, for the starter. */
    public static ProcedureStep of(String title, int days) {
        return new ProcedureStep(title, null, days, StepAnchor.START, null, null);
    }
}
