package dev.relacja.scheduling.impl.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** An activity's or task's own reminders, in {@code sched_item_reminders}. */
@Entity
@Table(name = "sched_item_reminders")
public class ItemRemindersEntity extends ReminderListColumns {
    @Id
    @Column(name = "task_id")
    private long taskId;

    protected ItemRemindersEntity() {
    }

    ItemRemindersEntity(long taskId) {
        this.taskId = taskId;
    }

    long taskId() {
        return taskId;
    }
}
