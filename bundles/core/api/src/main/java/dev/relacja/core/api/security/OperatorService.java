package dev.relacja.core.api.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** Manages operators. Every change requires an admin caller; reads require any signed-in operator. */
@ProviderType
public interface OperatorService {

    Operator create(OperatorDraft draft, char[] password);

    /** Applies {@code draft} if the operator is still at {@code expectedVersion}. */
    Operator update(long id, long expectedVersion, OperatorDraft draft);

    void changePassword(long id, char[] newPassword);

    /** Deactivated operators cannot sign in; their records keep them as owner. */
    Operator setActive(long id, boolean active);

    Optional<Operator> find(long id);

    Optional<Operator> findByUsername(String username);

    List<Operator> list();

    /** Everyone below {@code operatorId} in the supervision tree, at any depth. */
    Set<Long> subordinatesOf(long operatorId);
}
