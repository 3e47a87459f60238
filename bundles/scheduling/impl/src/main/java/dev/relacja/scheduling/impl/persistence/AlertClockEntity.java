package dev.relacja.scheduling.impl.persistence;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** The scheduler's heartbeat, the one row of {@code sched_alert_clock}. */
@Entity
@Table(name = "sched_alert_clock")
public class AlertClockEntity {
    static final short ID = 1;

    @Id
    private short id;
    @Column(name = "last_tick_at", nullable = false)
    private Instant lastTickAt;
    @Version
    private long version;

    protected AlertClockEntity() {
    }

    AlertClockEntity(Instant now) {
        id = ID;
        lastTickAt = now;
    }

    void tick(Instant now) {
        lastTickAt = now;
    }

    Instant lastTickAt() {
        return lastTickAt;
    }
}
