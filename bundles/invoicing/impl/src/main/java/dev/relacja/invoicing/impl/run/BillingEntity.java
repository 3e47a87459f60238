package dev.relacja.invoicing.impl.run;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * A period of a participant that is billed ({@code invoiceId}) or skipped on purpose (no invoice). Its key is
 * the table's primary key: a second row for the same period fails, whoever writes it.
 */
@Entity
@Table(name = "invoicing_billing")
@IdClass(BillingEntity.Key.class)
public class BillingEntity {
    @Id
    @Column(name = "scheme_id")
    private long schemeId;
    @Id
    @Column(name = "participant_id")
    private long participantId;
    @Id
    @Column(name = "period_from")
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;
    @Column(name = "invoice_id")
    private Long invoiceId;
    @Column(name = "run_id", nullable = false)
    private long runId;

    protected BillingEntity() {
    }

    BillingEntity(long schemeId, long participantId, LocalDate periodFrom, LocalDate periodTo, Long invoiceId,
            long runId) {
        this.schemeId = schemeId;
        this.participantId = participantId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.invoiceId = invoiceId;
        this.runId = runId;
    }

    long runId() {
        return runId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long schemeId;
        private long participantId;
        private LocalDate periodFrom;

        public Key() {
        }

        Key(long schemeId, long participantId, LocalDate periodFrom) {
            this.schemeId = schemeId;
            this.participantId = participantId;
            this.periodFrom = periodFrom;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.schemeId == schemeId && k.participantId == participantId
                    && Objects.equals(k.periodFrom, periodFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(schemeId, participantId, periodFrom);
        }
    }
}
