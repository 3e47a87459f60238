package dev.relacja.procedures.impl.persistence;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Procedure templates in the database: codes unique, updates at the version the caller read. */
@Component(service = TemplateStore.class)
public class TemplateStore {
    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public TemplateStore(@Reference(target = "(osgi.unit.name=relacja-procedures)") JpaTemplate jpa,
            @Reference ProceduresSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private TemplateStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi, e.g. over a test database; DS uses the constructor above. */
    public static TemplateStore over(JpaTemplate jpa, Clock clock) {
        return new TemplateStore(jpa, clock);
    }

    public List<StoredTemplate> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select t from TemplateEntity t order by t.code", TemplateEntity.class).getResultList()
                .stream().map(TemplateEntity::toStored).toList());
    }

    public Optional<StoredTemplate> find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(TemplateEntity.class, id))
                .map(TemplateEntity::toStored));
    }

    public Optional<StoredTemplate> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select t from TemplateEntity t where t.code = :code", TemplateEntity.class)
                .setParameter("code", code).getResultList().stream().findFirst().map(TemplateEntity::toStored));
    }

    public StoredTemplate create(TemplateFields fields) {
        return jpa.txExpr(TransactionType.Required, em -> {
            requireFreeCode(em, fields.code(), null);
            TemplateEntity template = new TemplateEntity(fields, clock.instant());
            em.persist(template);
            em.flush();
            return template.toStored();
        });
    }

    /** Replaces name, description and steps (and the code, if free) of a template still at {@code expectedVersion}. */
    public StoredTemplate update(long id, long expectedVersion, TemplateFields fields) {
        return jpa.txExpr(TransactionType.Required, em -> {
            TemplateEntity template = load(em, id);
            if (template.version() != expectedVersion) {
                throw new StaleVersionException("Procedure template", id, expectedVersion, template.version());
            }
            requireFreeCode(em, fields.code(), id);
            template.apply(fields, clock.instant());
            em.flush();
            return template.toStored();
        });
    }

    public StoredTemplate setActive(long id, boolean active) {
        return jpa.txExpr(TransactionType.Required, em -> {
            TemplateEntity template = load(em, id);
            template.setActive(active, clock.instant());
            em.flush();
            return template.toStored();
        });
    }

    private static TemplateEntity load(EntityManager em, long id) {
        TemplateEntity template = em.find(TemplateEntity.class, id);
        if (template == null) {
            throw new NotFoundException("Procedure template", id);
        }
        return template;
    }

    private static void requireFreeCode(EntityManager em, String code, Long ownId) {
        List<Long> holders = em.createQuery("select t.id from TemplateEntity t where t.code = :code", Long.class)
                .setParameter("code", code).getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(ownId))) {
            throw new ConflictException("code", "another procedure template already has the code " + code);
        }
    }
}
