package dev.relacja.scheduling.impl.persistence;

import dev.relacja.scheduling.api.Alert;
import dev.relacja.scheduling.api.Notification;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** An in-app notification, in {@code sched_notification}; one per alert at most. */
@Entity
@Table(name = "sched_notification")
public class NotificationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "alert_id", nullable = false)
    private long alertId;
    @Column(name = "operator_id", nullable = false)
    private long operatorId;
    @Column(name = "task_id", nullable = false)
    private long taskId;
    @Column(name = "title", nullable = false)
    private String title;
    @Column(name = "activity", nullable = false)
    private short activity;
    @Column(name = "anchor_at", nullable = false)
    private Instant anchorAt;
    @Column(name = "minutes_before", nullable = false)
    private int minutesBefore;
    @Column(name = "late", nullable = false)
    private short late;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Version
    private long version;

    protected NotificationEntity() {
    }

    NotificationEntity(Alert alert, Instant now) {
        alertId = alert.id();
        operatorId = alert.operatorId();
        taskId = alert.itemId();
        title = alert.title();
        activity = (short) (alert.activity() ? 1 : 0);
        anchorAt = alert.anchor();
        minutesBefore = alert.minutesBefore();
        late = (short) (alert.late() ? 1 : 0);
        createdAt = now;
    }

    long id() {
        return id;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    Notification toNotification() {
        return new Notification(id, alertId, taskId, title, activity == 1, anchorAt, minutesBefore, late == 1, createdAt,
                readAt);
    }
}
