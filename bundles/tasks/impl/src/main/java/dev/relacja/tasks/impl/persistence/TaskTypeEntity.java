package dev.relacja.tasks.impl.persistence;

import dev.relacja.tasks.api.TaskType;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

/** A task type with its stages in order, as stored in {@code tasks_type} and {@code tasks_stage}. */
@Entity
@Table(name = "tasks_type")
public class TaskTypeEntity {
    @Id
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private boolean activity;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tasks_stage", joinColumns = @JoinColumn(name = "type_code"))
    @OrderColumn(name = "stage_order")
    private List<StageColumns> stages = new ArrayList<>();
    @Version
    private long version;

    protected TaskTypeEntity() {
    }

    TaskTypeEntity(TaskType type) {
        this.code = type.code();
        apply(type);
    }

    void apply(TaskType type) {
        this.name = type.name();
        this.activity = type.activity();
        this.stages.clear();
        type.stages().forEach(stage -> stages.add(new StageColumns(stage)));
    }

    TaskType toTaskType() {
        return new TaskType(code, name, activity, stages.stream().map(StageColumns::toStage).toList());
    }
}
