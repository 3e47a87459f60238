package dev.relacja.core.impl.security;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorDraft;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Operator management: admins change, every signed-in operator reads. */
@Component
public class JpaOperatorService implements OperatorService {
    private final OperatorStore store;
    private final CallerContext callers;
    private final DomainEvents events;

    @Activate
    public JpaOperatorService(@Reference OperatorStore store, @Reference CallerContext callers,
            @Reference DomainEvents events) {
        this.store = store;
        this.callers = callers;
        this.events = events;
    }

    @Override
    public Operator create(OperatorDraft draft, char[] password) {
        Caller admin = callers.require(Role.ADMIN);
        OperatorDraft valid = OperatorDraftValidator.validated(draft);
        OperatorDraftValidator.checkPassword(password);
        checkSupervisor(null, valid.supervisorId());
        Operator created = store.create(valid, password);
        publish("OPERATOR_CREATED", created.id(), admin);
        return created;
    }

    @Override
    public Operator update(long id, long expectedVersion, OperatorDraft draft) {
        Caller admin = callers.require(Role.ADMIN);
        OperatorDraft valid = OperatorDraftValidator.validated(draft);
        checkSupervisor(id, valid.supervisorId());
        if (id == admin.operatorId() && valid.role() != Role.ADMIN) {
            throw new ValidationException("role", "admins cannot take the admin role from themselves");
        }
        Operator updated = store.update(id, expectedVersion, valid);
        publish("OPERATOR_UPDATED", id, admin);
        return updated;
    }

    @Override
    public void changePassword(long id, char[] newPassword) {
        Caller admin = callers.require(Role.ADMIN);
        OperatorDraftValidator.checkPassword(newPassword);
        store.changePassword(id, newPassword);
        publish("OPERATOR_PASSWORD_CHANGED", id, admin);
    }

    @Override
    public Operator setActive(long id, boolean active) {
        Caller admin = callers.require(Role.ADMIN);
        if (id == admin.operatorId() && !active) {
            throw new ValidationException("active", "admins cannot deactivate themselves");
        }
        Operator changed = store.setActive(id, active);
        publish(active ? "OPERATOR_ACTIVATED" : "OPERATOR_DEACTIVATED", id, admin);
        return changed;
    }

    @Override
    public Optional<Operator> find(long id) {
        callers.require(Role.VIEWER);
        return store.find(id);
    }

    @Override
    public Optional<Operator> findByUsername(String username) {
        callers.require(Role.VIEWER);
        return store.findByUsername(username);
    }

    @Override
    public List<Operator> list() {
        callers.require(Role.VIEWER);
        return store.list();
    }

    @Override
    public Set<Long> subordinatesOf(long operatorId) {
        callers.require(Role.VIEWER);
        return store.subordinatesOf(operatorId);
    }

    /** A supervisor must exist and must not sit below the operator, or the tree would become a loop. */
    private void checkSupervisor(Long operatorId, Long supervisorId) {
        if (supervisorId == null) {
            return;
        }
        if (store.find(supervisorId).isEmpty()) {
            throw new ValidationException("supervisorId", "no operator has id " + supervisorId);
        }
        if (operatorId != null
                && (supervisorId.equals(operatorId) || store.subordinatesOf(operatorId).contains(supervisorId))) {
            throw new ValidationException("supervisorId", "an operator cannot be supervised by themself or a subordinate");
        }
    }

    private void publish(String event, long id, Caller admin) {
        events.publishAfterCommit("core", event, Map.of(RelacjaEvents.ID, id, RelacjaEvents.OPERATOR, admin.username()));
    }
}
