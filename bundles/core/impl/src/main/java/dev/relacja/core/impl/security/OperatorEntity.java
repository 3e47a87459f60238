package dev.relacja.core.impl.security;

import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorDraft;
import dev.relacja.core.api.security.Role;
import java.time.LocalTime;
import java.time.ZoneId;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** An operator as stored, with the password hash that never leaves this bundle. */
@Entity
@Table(name = "core_operator")
public class OperatorEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true)
    private String username;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    private String email;
    @Column(nullable = false)
    private String role;
    @Column(name = "supervisor_id")
    private Long supervisorId;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Column(name = "work_start", nullable = false)
    private LocalTime workStart;
    @Column(name = "work_end", nullable = false)
    private LocalTime workEnd;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Version
    private long version;

    protected OperatorEntity() {
    }

    OperatorEntity(OperatorDraft draft, String passwordHash) {
        apply(draft);
        this.active = true;
        this.passwordHash = passwordHash;
    }

    void apply(OperatorDraft draft) {
        this.username = draft.username();
        this.displayName = draft.displayName();
        this.email = draft.email();
        this.role = draft.role().name();
        this.supervisorId = draft.supervisorId();
        this.timeZone = draft.timeZone().getId();
        this.workStart = draft.workStart();
        this.workEnd = draft.workEnd();
    }

    Operator toOperator() {
        return new Operator(id, username, displayName, email, role(), supervisorId, ZoneId.of(timeZone),
                workStart, workEnd, active, version);
    }

    long id() {
        return id;
    }

    String username() {
        return username;
    }

    Role role() {
        return Role.valueOf(role);
    }

    boolean active() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    String passwordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    long version() {
        return version;
    }
}
