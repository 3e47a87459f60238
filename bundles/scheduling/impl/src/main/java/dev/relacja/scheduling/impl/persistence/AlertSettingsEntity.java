package dev.relacja.scheduling.impl.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** An operator's own default reminders, in {@code sched_alert_settings}. */
@Entity
@Table(name = "sched_alert_settings")
public class AlertSettingsEntity extends ReminderListColumns {
    @Id
    @Column(name = "operator_id")
    private long operatorId;

    protected AlertSettingsEntity() {
    }

    AlertSettingsEntity(long operatorId) {
        this.operatorId = operatorId;
    }
}
