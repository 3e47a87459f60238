package dev.relacja.testing;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorDraft;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Operators in memory: the core's operator service needs the core's bundle and a slow password hash,
 * and modules only read operators through this interface.
 */
public final class TestOperators implements OperatorService {
    private final Map<Long, Operator> byId = new ConcurrentHashMap<>();

    public Operator add(long id, String username, Role role, Long supervisorId) {
        Operator operator = new Operator(id, username, username.toUpperCase(), username + "@example.pl", role,
                supervisorId, ZoneId.of("Europe/Warsaw"), LocalTime.of(8, 0), LocalTime.of(16, 0), true, 0);
        byId.put(id, operator);
        return operator;
    }

    public void deactivate(long id) {
        Operator o = byId.get(id);
        byId.put(id, new Operator(o.id(), o.username(), o.displayName(), o.email(), o.role(), o.supervisorId(),
                o.timeZone(), o.workStart(), o.workEnd(), false, o.version() + 1));
    }

    @Override
    public Operator create(OperatorDraft draft, char[] password) {
        throw new UnsupportedOperationException("tests add operators with add()");
    }

    @Override
    public Operator update(long id, long expectedVersion, OperatorDraft draft) {
        throw new UnsupportedOperationException("tests add operators with add()");
    }

    @Override
    public void changePassword(long id, char[] newPassword) {
        throw new UnsupportedOperationException("no passwords here");
    }

    @Override
    public Operator setActive(long id, boolean active) {
        throw new UnsupportedOperationException("tests use deactivate()");
    }

    @Override
    public Optional<Operator> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Operator> findByUsername(String username) {
        return byId.values().stream().filter(o -> o.username().equals(username)).findFirst();
    }

    @Override
    public List<Operator> list() {
        return List.copyOf(byId.values());
    }

    @Override
    public Set<Long> subordinatesOf(long operatorId) {
        if (!byId.containsKey(operatorId)) {
            throw new NotFoundException("Operator", operatorId);
        }
        Set<Long> found = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Operator o : byId.values()) {
                if (o.supervisorId() != null && (o.supervisorId() == operatorId || found.contains(o.supervisorId()))
                        && found.add(o.id())) {
                    grew = true;
                }
            }
        }
        return found;
    }
}
