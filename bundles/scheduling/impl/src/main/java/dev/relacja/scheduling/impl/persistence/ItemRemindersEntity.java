package dev.relacja.scheduling.impl.persistence;

import java.time.Instant;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** An activity's or task's own reminders, in {@code sched_item_reminders}. */
@Entity
@Table(name = "sched_item_reminders")
public class ItemRemindersEntity {
    @Id
    @Column(name = "task_id")
    private long taskId;
    @Column(name = "reminders", nullable = false)
    private String reminders;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by_id", nullable = false)
    private long updatedById;
    @Version
    private long version;

    protected ItemRemindersEntity() {
    }

    ItemRemindersEntity(long taskId) {
        this.taskId = taskId;
    }

    void set(List<Integer> minutes, Instant now, long actorId) {
        reminders = MinuteList.encode(minutes);
        updatedAt = now;
        updatedById = actorId;
    }

    long taskId() {
        return taskId;
    }

    List<Integer> reminders() {
        return MinuteList.decode(reminders);
    }
}
