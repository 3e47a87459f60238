package dev.relacja.core.impl.security;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorDraft;
import dev.relacja.core.api.security.Role;
import dev.relacja.core.impl.persistence.CoreSchema;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Operators in the database, without permission checks: the service layer and the JAAS login
 * module decide who may call what.
 */
@Component(service = OperatorStore.class)
public class OperatorStore {
    private final JpaTemplate jpa;
    private final PasswordHasher hasher = new PasswordHasher();
    private final RecentLogins recentLogins = new RecentLogins(Clock.systemUTC());
    private final AtomicLong changes = new AtomicLong();
    private final SessionTokens sessions;

    @Activate
    public OperatorStore(
            @Reference(target = "(osgi.unit.name=relacja-core)") JpaTemplate jpa,
            @Reference CoreSchema schema, @Reference SessionTokens sessions) {
        this.jpa = jpa;
        this.sessions = sessions;
    }

    /** The operator's role when the password matches an active account. */
    public Optional<Role> authenticate(String username, char[] password) {
        Optional<OperatorEntity> found = findEntity(username).filter(OperatorEntity::active);
        if (found.isEmpty()) {
            // spend the same time as a real check, so response times do not reveal usernames
            hasher.matches(password, hasher.hash("no such operator".toCharArray()));
            return Optional.empty();
        }
        OperatorEntity operator = found.get();
        if (recentLogins.verifiedRecently(username, operator.passwordHash(), password)) {
            return Optional.of(operator.role());
        }
        if (!hasher.matches(password, operator.passwordHash())) {
            return Optional.empty();
        }
        recentLogins.remember(username, operator.passwordHash(), password);
        return Optional.of(operator.role());
    }

    public Operator create(OperatorDraft draft, char[] password) {
        String hash = hasher.hash(password);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (findEntity(em, draft.username()).isPresent()) {
                throw new ConflictException("username", "username " + draft.username() + " is taken");
            }
            OperatorEntity entity = new OperatorEntity(draft, hash);
            em.persist(entity);
            em.flush();
            changes.incrementAndGet();
            return entity.toOperator();
        });
    }

    public Operator update(long id, long expectedVersion, OperatorDraft draft) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OperatorEntity entity = load(em, id);
            if (entity.version() != expectedVersion) {
                throw new StaleVersionException("Operator", id, expectedVersion, entity.version());
            }
            if (!entity.username().equals(draft.username()) && findEntity(em, draft.username()).isPresent()) {
                throw new ConflictException("username", "username " + draft.username() + " is taken");
            }
            entity.apply(draft);
            em.flush();
            changes.incrementAndGet();
            return entity.toOperator();
        });
    }

    public void changePassword(long id, char[] password) {
        String hash = hasher.hash(password);
        jpa.tx(TransactionType.Required, em -> {
            OperatorEntity entity = load(em, id);
            entity.setPasswordHash(hash);
            recentLogins.forget(entity.username());
            // a new password signs the operator out everywhere
            sessions.revokeAll(entity.username());
        });
    }

    public Operator setActive(long id, boolean active) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OperatorEntity entity = load(em, id);
            entity.setActive(active);
            if (!active) {
                sessions.revokeAll(entity.username());
            }
            em.flush();
            changes.incrementAndGet();
            return entity.toOperator();
        });
    }

    /** Grows with every change of an operator's name, role, supervisor or state, so that caches know when to reload. */
    public long changeCount() {
        return changes.get();
    }

    public Optional<Operator> find(long id) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(OperatorEntity.class, id)))
                .map(OperatorEntity::toOperator);
    }

    public Optional<Operator> findByUsername(String username) {
        return findEntity(username).map(OperatorEntity::toOperator);
    }

    public List<Operator> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select o from OperatorEntity o order by o.username", OperatorEntity.class)
                .getResultList()).stream().map(OperatorEntity::toOperator).toList();
    }

    public long count() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select count(o) from OperatorEntity o", Long.class).getSingleResult());
    }

    /** Everyone below {@code operatorId}, walking the supervisor links breadth-first. */
    public Set<Long> subordinatesOf(long operatorId) {
        List<Object[]> links = jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select o.id, o.supervisorId from OperatorEntity o where o.supervisorId is not null",
                        Object[].class)
                .getResultList());
        Map<Long, List<Long>> children = new HashMap<>();
        for (Object[] link : links) {
            children.computeIfAbsent((Long) link[1], k -> new ArrayList<>()).add((Long) link[0]);
        }
        Set<Long> found = new HashSet<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(operatorId));
        while (!queue.isEmpty()) {
            for (Long child : children.getOrDefault(queue.poll(), List.of())) {
                if (found.add(child)) {
                    queue.add(child);
                }
            }
        }
        found.remove(operatorId);
        return found;
    }

    private Optional<OperatorEntity> findEntity(String username) {
        return jpa.txExpr(TransactionType.Supports, em -> findEntity(em, username));
    }

    private static Optional<OperatorEntity> findEntity(EntityManager em, String username) {
        return em.createQuery("select o from OperatorEntity o where o.username = :u", OperatorEntity.class)
                .setParameter("u", username)
                .getResultList().stream().findFirst();
    }

    private static OperatorEntity load(EntityManager em, long id) {
        OperatorEntity entity = em.find(OperatorEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("Operator", id);
        }
        return entity;
    }
}
