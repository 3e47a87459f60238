package dev.relacja.scheduling.impl.persistence;

import java.time.Instant;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** An operator's own default reminders, in {@code sched_alert_settings}. */
@Entity
@Table(name = "sched_alert_settings")
public class AlertSettingsEntity {
    @Id
    @Column(name = "operator_id")
    private long operatorId;
    @Column(name = "reminders", nullable = false)
    private String reminders;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by_id", nullable = false)
    private long updatedById;
    @Version
    private long version;

    protected AlertSettingsEntity() {
    }

    AlertSettingsEntity(long operatorId) {
        this.operatorId = operatorId;
    }

    void set(List<Integer> minutes, Instant now, long actorId) {
        reminders = MinuteList.encode(minutes);
        updatedAt = now;
        updatedById = actorId;
    }

    List<Integer> reminders() {
        return MinuteList.decode(reminders);
    }
}
