package dev.relacja.core.impl.security;

import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import java.security.AccessController;
import java.util.Optional;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the caller from the JAAS Subject of the current access-control context, which Karaf's shell
 * and Relacja's HTTP filter establish with {@code Subject.doAs}. Roles come from the database, not the
 * Subject, so a role change takes effect on the next call.
 */
@Component
public class SubjectCallerContext implements CallerContext {
    private final OperatorStore store;

    @Activate
    public SubjectCallerContext(@Reference OperatorStore store) {
        this.store = store;
    }

    @Override
    @SuppressWarnings("removal") // Subject.current() arrives only in Java 18; Karaf 4.4 runs on 11 and 17
    public Optional<Caller> find() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return Optional.empty();
        }
        return subject.getPrincipals(UserPrincipal.class).stream()
                .findFirst()
                .flatMap(user -> store.findByUsername(user.getName()))
                .filter(operator -> operator.active())
                .map(operator -> new Caller(operator.id(), operator.username(), operator.role(),
                        store.subordinatesOf(operator.id())));
    }
}
