package dev.relacja.scheduling.impl.persistence;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A private iCalendar feed, in {@code sched_ical_feed}: the hash of its token, never the token. */
@Entity
@Table(name = "sched_ical_feed")
public class IcalFeedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "operator_id", nullable = false)
    private long operatorId;
    @Column(name = "operator_login", nullable = false)
    private String operatorLogin;
    @Column(name = "team_feed", nullable = false)
    private short teamFeed;
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "rotated_at")
    private Instant rotatedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Version
    private long version;

    protected IcalFeedEntity() {
    }

    IcalFeedEntity(long operatorId, String operatorLogin, boolean team, String tokenHash, Instant now) {
        this.operatorId = operatorId;
        this.operatorLogin = operatorLogin;
        this.teamFeed = (short) (team ? 1 : 0);
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    void rotate(String newTokenHash, Instant now) {
        tokenHash = newTokenHash;
        rotatedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    StoredFeed toStored() {
        return new StoredFeed(id, operatorId, operatorLogin, teamFeed == 1, createdAt, rotatedAt, revokedAt);
    }
}
