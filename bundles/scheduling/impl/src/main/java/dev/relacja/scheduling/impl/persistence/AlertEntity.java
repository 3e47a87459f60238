package dev.relacja.scheduling.impl.persistence;

import java.time.Duration;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** One reminder of one item for one start/deadline, in {@code sched_alert}; unique by (task, minutes, anchor). */
@Entity
@Table(name = "sched_alert")
public class AlertEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "task_id", nullable = false)
    private long taskId;
    @Column(name = "minutes_before", nullable = false)
    private int minutesBefore;
    @Column(name = "anchor_at", nullable = false)
    private Instant anchorAt;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "operator_id", nullable = false)
    private long operatorId;
    @Column(name = "operator_login", nullable = false)
    private String operatorLogin;
    @Column(name = "title", nullable = false)
    private String title;
    @Column(name = "activity", nullable = false)
    private short activity;
    @Enumerated(EnumType.STRING)
    @Column(name = "alert_state", nullable = false)
    private AlertState state;
    @Column(name = "known_at", nullable = false)
    private Instant knownAt;
    @Column(name = "fired_at")
    private Instant firedAt;
    @Column(name = "late", nullable = false)
    private short late;
    @Version
    private long version;

    protected AlertEntity() {
    }

    AlertEntity(long taskId, int minutesBefore, Instant anchorAt, Instant knownAt) {
        this.taskId = taskId;
        this.minutesBefore = minutesBefore;
        this.anchorAt = anchorAt;
        this.dueAt = anchorAt.minusSeconds(60L * minutesBefore);
        this.knownAt = knownAt;
        this.state = AlertState.PENDING;
    }

    /** The owner and title as the item now has them. */
    void describe(AlertPlan plan) {
        operatorId = plan.operatorId();
        operatorLogin = plan.operatorLogin();
        title = plan.title().length() > 200 ? plan.title().substring(0, 200) : plan.title();
        activity = (short) (plan.activity() ? 1 : 0);
    }

    void revive(Instant now) {
        state = AlertState.PENDING;
        knownAt = now;
    }

    void retire() {
        state = AlertState.RETIRED;
    }

    /** Fires it; late when {@code now} is past the grace after it was due (or after it could first be known). */
    void fire(Instant now, Duration grace) {
        state = AlertState.FIRED;
        firedAt = now;
        Instant expected = dueAt.isAfter(knownAt) ? dueAt : knownAt;
        late = (short) (now.isAfter(expected.plus(grace)) ? 1 : 0);
    }

    long id() {
        return id;
    }

    long taskId() {
        return taskId;
    }

    long operatorId() {
        return operatorId;
    }

    AlertState state() {
        return state;
    }

    AlertPlan.Reminder reminder() {
        return new AlertPlan.Reminder(minutesBefore, anchorAt);
    }

    StoredAlert toStored() {
        return new StoredAlert(id, taskId, minutesBefore, anchorAt, dueAt, operatorId, operatorLogin, title, activity == 1,
                state, knownAt, firedAt, late == 1);
    }
}
