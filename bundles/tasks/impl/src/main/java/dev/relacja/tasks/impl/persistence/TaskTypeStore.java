package dev.relacja.tasks.impl.persistence;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.tasks.api.Stage;
import dev.relacja.tasks.api.TaskType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Task types and their stages. Every task write looks its type up, so the few types are kept in
 * memory and reloaded after each definition.
 */
@Component(service = TaskTypeStore.class)
public class TaskTypeStore {
    private final JpaTemplate jpa;
    private volatile Map<String, TaskType> cache;

    @Activate
    public TaskTypeStore(@Reference(target = "(osgi.unit.name=relacja-tasks)") JpaTemplate jpa,
            @Reference TasksSchema schema) {
        this.jpa = jpa;
    }

    private TaskTypeStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** A store outside OSGi, e.g. over a test database; DS uses the constructor above. */
    public static TaskTypeStore over(JpaTemplate jpa) {
        return new TaskTypeStore(jpa);
    }

    public List<TaskType> list() {
        return types().values().stream().sorted(Comparator.comparing(TaskType::code)).toList();
    }

    public Optional<TaskType> find(String code) {
        return Optional.ofNullable(code).map(types()::get);
    }

    /**
     * Creates or replaces a type; refused when a stage it drops (or turns from open to closing or back)
     * is where some task stands now, since that task would lose its place.
     */
    public TaskType define(TaskType type) {
        TaskType stored = jpa.txExpr(TransactionType.Required, em -> {
            TaskTypeEntity entity = em.find(TaskTypeEntity.class, type.code());
            if (entity == null) {
                entity = new TaskTypeEntity(type);
                em.persist(entity);
            } else {
                Set<String> kept = type.stages().stream().map(s -> s.code() + "/" + s.closing()).collect(Collectors.toSet());
                List<String> inUse = em.createQuery("select distinct t.stageCode from TaskEntity t where t.typeCode = :type",
                        String.class).setParameter("type", type.code()).getResultList();
                TaskType old = entity.toTaskType();
                for (String stage : inUse) {
                    Stage current = old.stage(stage).orElseThrow();
                    if (!kept.contains(current.code() + "/" + current.closing())) {
                        throw new ConflictException("stages", "tasks of type " + type.code() + " stand in stage "
                                + stage + "; keep it (with the same closing flag) or move those tasks first");
                    }
                }
                entity.apply(type);
            }
            em.flush();
            return entity.toTaskType();
        });
        cache = null;
        return stored;
    }

    private Map<String, TaskType> types() {
        Map<String, TaskType> current = cache;
        if (current == null) {
            current = jpa.txExpr(TransactionType.Supports, em -> em
                    .createQuery("select t from TaskTypeEntity t", TaskTypeEntity.class).getResultList())
                    .stream().map(TaskTypeEntity::toTaskType)
                    .collect(Collectors.toUnmodifiableMap(TaskType::code, Function.identity()));
            cache = current;
        }
        return current;
    }
}
