package dev.relacja.core.api.security;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.NotAuthenticatedException;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Answers "who is calling" from the JAAS Subject that the edge (REST, shell) established,
 * so that services enforce their rules once, whatever the edge.
 */
@ProviderType
public interface CallerContext {

    /** The signed-in operator, if any. */
    Optional<Caller> find();

    /** The signed-in operator; throws {@link NotAuthenticatedException} when nobody is signed in. */
    default Caller current() {
        return find().orElseThrow(NotAuthenticatedException::new);
    }

    /** The signed-in operator, who must hold at least {@code role}; throws otherwise. */
    default Caller require(Role role) {
        Caller caller = current();
        if (!caller.has(role)) {
            throw new AccessDeniedException(caller.username() + " lacks the role " + role.principalName());
        }
        return caller;
    }
}
