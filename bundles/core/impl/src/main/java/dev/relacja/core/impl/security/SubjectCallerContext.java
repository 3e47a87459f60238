package dev.relacja.core.impl.security;

import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import java.security.AccessController;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the caller from the JAAS Subject of the current access-control context, which Karaf's shell
 * and Relacja's HTTP filter establish with {@code Subject.doAs}. Roles and the supervision tree come
 * from the database, not the Subject. Every service call asks, so the answer is cached per username
 * until any operator changes (and at most {@link #MAX_AGE}, in case that change had not committed yet
 * when the cache reloaded).
 */
@Component
public class SubjectCallerContext implements CallerContext {
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final OperatorStore store;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<Caller> caller, long changeCount, long loadedAt) {
        boolean currentAt(long changes, long now) {
            return changeCount == changes && now - loadedAt < MAX_AGE.toNanos();
        }
    }

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
                .flatMap(user -> callerNamed(user.getName()));
    }

    private Optional<Caller> callerNamed(String username) {
        long changes = store.changeCount();
        long now = System.nanoTime();
        Cached cached = cache.get(username);
        if (cached == null || !cached.currentAt(changes, now)) {
            cached = new Cached(load(username), changes, now);
            cache.put(username, cached);
        }
        return cached.caller();
    }

    private Optional<Caller> load(String username) {
        return store.findByUsername(username)
                .filter(operator -> operator.active())
                .map(operator -> new Caller(operator.id(), operator.username(), operator.role(),
                        store.subordinatesOf(operator.id())));
    }
}
