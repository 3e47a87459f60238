package dev.relacja.core.api.security;

import java.util.Objects;
import java.util.Set;

/**
 * The operator on whose behalf the current call runs, with the operators they supervise
 * (all subordinates down the operator tree).
 */
public record Caller(long operatorId, String username, Role role, Set<Long> subordinateIds) {
    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        subordinateIds = Set.copyOf(subordinateIds);
    }

    public boolean has(Role needed) {
        return role.includes(needed);
    }

    /** True for the operator themself and for anyone below them in the tree. */
    public boolean supervises(long otherOperatorId) {
        return otherOperatorId == operatorId || subordinateIds.contains(otherOperatorId);
    }
}
