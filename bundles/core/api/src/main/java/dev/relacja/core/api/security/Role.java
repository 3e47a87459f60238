package dev.relacja.core.api.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an operator may do. Each role includes the ones below it: an admin is also a manager,
 * a manager also an operator, an operator also a viewer.
 */
public enum Role {
    VIEWER("relacja-viewer"),
    OPERATOR("relacja-operator"),
    MANAGER("relacja-manager"),
    ADMIN("relacja-admin");

    private final String principalName;

    Role(String principalName) {
        this.principalName = principalName;
    }

    /** The JAAS role principal name, as used in Karaf ACLs. */
    public String principalName() {
        return principalName;
    }

    /** True when this role grants at least what {@code other} grants. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Role> fromPrincipalName(String name) {
        return Arrays.stream(values()).filter(r -> r.principalName.equals(name)).findFirst();
    }

    /** Accepts {@code admin} as well as {@code relacja-admin}, in any case. */
    public static Optional<Role> parse(String text) {
        String name = text.trim().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values())
                .filter(r -> r.principalName.equals(name) || r.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
