package dev.relacja.scheduling.impl.persistence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** An operator's own working hours, in {@code sched_working_hours}. */
@Entity
@Table(name = "sched_working_hours")
public class WorkingHoursEntity {
    @Id
    @Column(name = "operator_id")
    private long operatorId;
    @Column(name = "work_start", nullable = false)
    private LocalTime workStart;
    @Column(name = "work_end", nullable = false)
    private LocalTime workEnd;
    @Column(name = "work_days", nullable = false)
    private String workDays;
    /** 1 or 0: Derby here has no boolean literals worth relying on. */
    @Column(name = "skip_holidays", nullable = false)
    private short skipHolidays;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by_id", nullable = false)
    private long updatedById;
    @Version
    private long version;

    protected WorkingHoursEntity() {
    }

    WorkingHoursEntity(long operatorId) {
        this.operatorId = operatorId;
    }

    void set(StoredHours hours, Instant now, long actorId) {
        workStart = hours.start();
        workEnd = hours.end();
        workDays = hours.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        skipHolidays = (short) (hours.skipHolidays() ? 1 : 0);
        updatedAt = now;
        updatedById = actorId;
    }

    StoredHours toStored() {
        Set<DayOfWeek> days = workDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
                : Arrays.stream(workDays.split(",")).map(DayOfWeek::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
        return new StoredHours(operatorId, workStart, workEnd, days, skipHolidays == 1);
    }
}
