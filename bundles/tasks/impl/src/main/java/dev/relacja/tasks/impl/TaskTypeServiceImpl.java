package dev.relacja.tasks.impl;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.tasks.api.Stage;
import dev.relacja.tasks.api.TaskType;
import dev.relacja.tasks.api.TaskTypeService;
import dev.relacja.tasks.impl.persistence.TaskTypeStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Task types and stages: read by anyone signed in, defined by managers and admins. */
@Component
public class TaskTypeServiceImpl implements TaskTypeService {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    private final TaskTypeStore store;
    private final CallerContext callers;

    @Activate
    public TaskTypeServiceImpl(@Reference TaskTypeStore store, @Reference CallerContext callers) {
        this.store = store;
        this.callers = callers;
    }

    @Override
    public List<TaskType> list() {
        callers.require(Role.VIEWER);
        return store.list();
    }

    @Override
    public Optional<TaskType> find(String code) {
        callers.require(Role.VIEWER);
        return store.find(code);
    }

    @Override
    public TaskType define(TaskType type) {
        callers.require(Role.MANAGER);
        return store.define(validated(type));
    }

    static TaskType validated(TaskType type) {
        if (type == null) {
            throw new ValidationException("body", "send the type with its stages");
        }
        List<FieldError> errors = new ArrayList<>();
        if (type.code() == null || !CODE.matcher(type.code()).matches()) {
            errors.add(new FieldError("code", "a code is 1 to 32 lower-case letters, digits and hyphens"));
        }
        if (type.name() == null || type.name().isBlank() || type.name().strip().length() > 100) {
            errors.add(new FieldError("name", "a name is 1 to 100 characters"));
        }
        Set<String> codes = new HashSet<>();
        for (Stage stage : type.stages()) {
            if (stage == null || stage.code() == null || !CODE.matcher(stage.code()).matches()) {
                errors.add(new FieldError("stages", "a stage code is 1 to 32 lower-case letters, digits and hyphens"));
            } else if (!codes.add(stage.code())) {
                errors.add(new FieldError("stages", "stage " + stage.code() + " appears twice"));
            }
            if (stage != null && (stage.name() == null || stage.name().isBlank() || stage.name().strip().length() > 100)) {
                errors.add(new FieldError("stages", "each stage has a name of 1 to 100 characters"));
            }
        }
        if (type.stages().isEmpty() || type.stages().get(0) == null || type.stages().get(0).closing()) {
            errors.add(new FieldError("stages", "the first stage, where records start, must be an open one"));
        }
        if (type.stages().stream().noneMatch(s -> s != null && s.closing())) {
            errors.add(new FieldError("stages", "at least one stage must be closing"));
        }
        if (type.stages().size() > 20) {
            errors.add(new FieldError("stages", "at most 20 stages"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TaskType(type.code(), type.name().strip(), type.activity(), type.stages().stream()
                .map(s -> new Stage(s.code(), s.name().strip(), s.closing())).toList());
    }
}
