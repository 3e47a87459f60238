package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.invoicing.api.ParticipantItem;
import dev.relacja.invoicing.api.SchemeParticipant;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * A participant of a scheme as stored in {@code invoicing_participant}, owning its overrides. The scheme is
 * named by id only: a participant never needs the scheme loaded, and a scheme never loads its thousands of
 * participants.
 */
@Entity
@Table(name = "invoicing_participant")
public class ParticipantEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "scheme_id", nullable = false)
    private long schemeId;
    @Column(name = "counterparty_id", nullable = false)
    private long counterpartyId;
    @Column(name = "counterparty_code", nullable = false)
    private String counterpartyCode;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "participant", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<ParticipantItemEntity> overrides = new ArrayList<>();

    protected ParticipantEntity() {
    }

    ParticipantEntity(long schemeId, ParticipantFields fields, Instant now) {
        this.schemeId = schemeId;
        this.counterpartyId = fields.counterpartyId();
        this.createdAt = now;
        apply(fields, now);
    }

    /**
     * Replaces dates and overrides, refreshing the counterparty's code. Overrides are changed in place by
     * position, so no row is deleted and inserted again under the same key in one flush.
     */
    void apply(ParticipantFields fields, Instant now) {
        counterpartyCode = fields.counterpartyCode();
        validFrom = fields.from();
        validUntil = fields.until();
        Map<Integer, ParticipantItem> wanted = fields.overrides().stream()
                .collect(Collectors.toMap(ParticipantItem::position, Function.identity()));
        overrides.removeIf(o -> !wanted.containsKey(o.position()));
        for (ParticipantItemEntity kept : overrides) {
            kept.apply(wanted.remove(kept.position()));
        }
        wanted.values().forEach(o -> overrides.add(new ParticipantItemEntity(this, o)));
        overrides.sort((a, b) -> Integer.compare(a.position(), b.position()));
        updatedAt = now;
    }

    long id() {
        return id;
    }

    long schemeId() {
        return schemeId;
    }

    long counterpartyId() {
        return counterpartyId;
    }

    String counterpartyCode() {
        return counterpartyCode;
    }

    long version() {
        return version;
    }

    /** The participant without the counterparty's name, which lives in the contacts module. */
    SchemeParticipant toParticipant() {
        return new SchemeParticipant(id, schemeId, counterpartyId, counterpartyCode, null, validFrom, validUntil,
                overrides.stream().map(ParticipantItemEntity::toItem).toList(), createdAt, updatedAt, version);
    }
}
