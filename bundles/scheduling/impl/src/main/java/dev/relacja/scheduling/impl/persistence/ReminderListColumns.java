package dev.relacja.scheduling.impl.persistence;

import java.time.Instant;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.MappedSuperclass;
import javax.persistence.Version;

/** The columns an operator's and an item's own reminders share: the minutes, who set them when, the version. */
@MappedSuperclass
public abstract class ReminderListColumns {
    @Column(name = "reminders", nullable = false)
    private String reminders;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by_id", nullable = false)
    private long updatedById;
    @Version
    private long version;

    void set(List<Integer> minutes, Instant now, long actorId) {
        reminders = MinuteList.encode(minutes);
        updatedAt = now;
        updatedById = actorId;
    }

    List<Integer> reminders() {
        return MinuteList.decode(reminders);
    }
}
