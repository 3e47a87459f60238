package dev.relacja.tasks.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The types of activities and tasks and their stages. Anyone signed in reads them; managers and admins
 * define them. A stage still used by a task cannot be removed.
 */
@ProviderType
public interface TaskTypeService {

    List<TaskType> list();

    Optional<TaskType> find(String code);

    /** Creates the type or replaces its name and stages. */
    TaskType define(TaskType type);
}
