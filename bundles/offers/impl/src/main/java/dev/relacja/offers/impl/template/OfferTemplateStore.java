package dev.relacja.offers.impl.template;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.offers.api.OfferTemplate;
import dev.relacja.offers.impl.persistence.OffersSchema;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Admins' offer templates in the database; each change checks the version it expects under the row's lock. */
@Component(service = OfferTemplateStore.class)
public class OfferTemplateStore {
    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public OfferTemplateStore(@Reference(target = "(osgi.unit.name=relacja-offers)") JpaTemplate jpa,
            @Reference OffersSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private OfferTemplateStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi, e.g. over a test database. */
    public static OfferTemplateStore over(JpaTemplate jpa, Clock clock) {
        return new OfferTemplateStore(jpa, clock);
    }

    List<OfferTemplate> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select t from OfferTemplateEntity t"
                        + " order by t.code", OfferTemplateEntity.class).getResultList().stream()
                .map(t -> t.toTemplate(false)).toList());
    }

    Optional<OfferTemplate> find(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(OfferTemplateEntity.class,
                code)).map(t -> t.toTemplate(true)));
    }

    /** The current version of the template, to name its text for the template engine; empty when none. */
    Optional<Long> version(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select t.version from OfferTemplateEntity t"
                        + " where t.code = :code", Long.class).setParameter("code", code).getResultList().stream()
                .findFirst());
    }

    /** The text of {@code code} at {@code version}; empty when it is gone or has moved on. */
    Optional<String> text(String code, long version) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(OfferTemplateEntity.class,
                code)).filter(t -> t.version() == version).map(OfferTemplateEntity::text));
    }

    OfferTemplate create(String code, CheckedTemplate template, String by) {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(OfferTemplateEntity.class, code, LockModeType.PESSIMISTIC_WRITE) != null) {
                throw new ConflictException("code", "offer template '" + code + "' exists; change it with its"
                        + " version (If-Match)");
            }
            OfferTemplateEntity entity = new OfferTemplateEntity(code, template, clock.instant(), by);
            em.persist(entity);
            em.flush();
            return entity.toTemplate(true);
        });
    }

    OfferTemplate update(String code, long expectedVersion, CheckedTemplate template, String by) {
        return jpa.txExpr(TransactionType.Required, em -> {
            OfferTemplateEntity entity = locked(em.find(OfferTemplateEntity.class, code,
                    LockModeType.PESSIMISTIC_WRITE), code, expectedVersion);
            entity.replace(template, clock.instant(), by);
            em.flush();
            return entity.toTemplate(true);
        });
    }

    /** Deletes the template unless offers print with it. */
    void delete(String code, long expectedVersion) {
        jpa.tx(TransactionType.Required, em -> {
            OfferTemplateEntity template = locked(em.find(OfferTemplateEntity.class, code,
                    LockModeType.PESSIMISTIC_WRITE), code, expectedVersion);
            long choosing = em.createQuery("select count(o) from OfferEntity o where o.printTemplate = :code",
                    Long.class).setParameter("code", code).getSingleResult();
            if (choosing > 0) {
                throw new ConflictException("code", "offer template '" + code + "' is the one " + choosing
                        + " offer(s) print with; choose another for them first");
            }
            em.remove(template);
            em.flush();
        });
    }

    private static OfferTemplateEntity locked(OfferTemplateEntity entity, String code, long expectedVersion) {
        if (entity == null) {
            throw new NotFoundException("Offer template", code);
        }
        if (entity.version() != expectedVersion) {
            throw new StaleVersionException("Offer template", code, expectedVersion, entity.version());
        }
        return entity;
    }
}
