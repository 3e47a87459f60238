package dev.relacja.procedures.impl.persistence;

import dev.relacja.procedures.api.StepAnchor;
import java.util.List;

/**
 * A step as stored: operators by id, the owner as a rule ({@link OwnerKind}) rather than a login.
 * {@code dependsOn} holds 1-based numbers of earlier steps.
 */
public record StepDefinition(String title, String typeCode, int days, StepAnchor after, OwnerKind ownerKind,
        Long ownerId, List<Integer> dependsOn) {

    /** Who a step's sub-task goes to when the procedure starts. */
    public enum OwnerKind {
        /** the operator who starts the procedure */
        STARTER,
        /** the operator {@code ownerId} */
        OPERATOR,
        /** whoever looks after the counterparty at the start */
        COUNTERPARTY_OWNER
    }

    public StepDefinition {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }
}
