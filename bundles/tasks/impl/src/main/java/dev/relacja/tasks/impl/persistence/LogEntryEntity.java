package dev.relacja.tasks.impl.persistence;

import dev.relacja.tasks.api.LogKind;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One line of a task's log in {@code tasks_log}; it has no setters because nothing may change it. */
@Entity
@Table(name = "tasks_log")
public class LogEntryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "task_id", nullable = false)
    private long taskId;
    @Column(name = "logged_at", nullable = false)
    private Instant at;
    @Column(name = "operator_id", nullable = false)
    private long operatorId;
    @Column(nullable = false)
    private String kind;
    @Column(name = "from_value")
    private String fromValue;
    @Column(name = "to_value")
    private String toValue;
    @Column(name = "minutes_spent")
    private Integer minutesSpent;
    private String text;

    protected LogEntryEntity() {
    }

    LogEntryEntity(long taskId, Instant at, long operatorId, LogKind kind, String fromValue, String toValue,
            Integer minutesSpent, String text) {
        this.taskId = taskId;
        this.at = at;
        this.operatorId = operatorId;
        this.kind = kind.name();
        this.fromValue = clip(fromValue);
        this.toValue = clip(toValue);
        this.minutesSpent = minutesSpent;
        this.text = text;
    }

    /** Old and new values are for reading the history; long texts (descriptions) keep their start. */
    private static String clip(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 199) + "…";
    }

    StoredLogEntry toStored() {
        return new StoredLogEntry(id, taskId, at, operatorId, LogKind.valueOf(kind), fromValue, toValue,
                minutesSpent, text);
    }
}
