package dev.relacja.procedures.impl.persistence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Started procedures in the database; written once, when they start. */
@Component(service = ProcedureStore.class)
public class ProcedureStore {
    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public ProcedureStore(@Reference(target = "(osgi.unit.name=relacja-procedures)") JpaTemplate jpa,
            @Reference ProceduresSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private ProcedureStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi, e.g. over a test database; DS uses the constructor above. */
    public static ProcedureStore over(JpaTemplate jpa, Clock clock) {
        return new ProcedureStore(jpa, clock);
    }

    /**
     * Runs {@code createTasks} (which answers the main task's id) and records the procedure, in one transaction:
     * in Karaf the tasks module's writes join the same JTA transaction, so a failure anywhere leaves nothing.
     */
    public StoredProcedure start(ProcedureFields fields, LongSupplier createTasks) {
        return jpa.txExpr(TransactionType.Required, em -> {
            long mainTaskId = createTasks.getAsLong();
            ProcedureEntity procedure = new ProcedureEntity(fields, mainTaskId, clock.instant());
            em.persist(procedure);
            em.flush();
            return procedure.toStored();
        });
    }

    public Optional<StoredProcedure> find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(ProcedureEntity.class, id))
                .map(ProcedureEntity::toStored));
    }

    /** Every procedure (of one counterparty, when given), newest first. */
    public List<StoredProcedure> list(Long counterpartyId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ProcedureEntity> query = counterpartyId == null
                    ? em.createQuery("select p from ProcedureEntity p order by p.id desc", ProcedureEntity.class)
                    : em.createQuery("select p from ProcedureEntity p where p.counterpartyId = :counterparty "
                            + "order by p.id desc", ProcedureEntity.class).setParameter("counterparty", counterpartyId);
            return query.getResultList().stream().map(ProcedureEntity::toStored).toList();
        });
    }
}
