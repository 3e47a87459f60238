package dev.relacja.invoicing.impl.run;

import dev.relacja.invoicing.api.RunEntry;
import dev.relacja.invoicing.api.RunOutcome;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One line of a run's report in {@code invoicing_run_entry}. */
@Entity
@Table(name = "invoicing_run_entry")
@IdClass(RunEntryEntity.Key.class)
public class RunEntryEntity {
    @Id
    @Column(name = "run_id")
    private long runId;
    @Id
    @Column(name = "entry_no")
    private int entryNo;
    @Column(name = "scheme_id", nullable = false)
    private long schemeId;
    @Column(name = "participant_id", nullable = false)
    private long participantId;
    @Column(name = "counterparty_id", nullable = false)
    private long counterpartyId;
    @Column(name = "counterparty_name", nullable = false)
    private String counterpartyName;
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;
    @Column(nullable = false)
    private String outcome;
    @Column(name = "invoice_id")
    private Long invoiceId;
    private String number;
    private BigDecimal net;
    private BigDecimal vat;
    private BigDecimal gross;
    private String reason;

    protected RunEntryEntity() {
    }

    RunEntryEntity(long runId, int entryNo, RunEntry entry) {
        this.runId = runId;
        this.entryNo = entryNo;
        this.schemeId = entry.schemeId();
        this.participantId = entry.participantId();
        this.counterpartyId = entry.counterpartyId();
        this.counterpartyName = cut(entry.counterpartyName(), 250);
        this.periodFrom = entry.periodFrom();
        this.periodTo = entry.periodTo();
        this.outcome = entry.outcome().name();
        this.invoiceId = entry.invoiceId();
        this.number = entry.number();
        this.net = entry.net();
        this.vat = entry.vat();
        this.gross = entry.gross();
        this.reason = cut(entry.reason(), 1000);
    }

    void note(String note) {
        reason = cut(reason == null ? note : reason + "; " + note, 1000);
    }

    RunEntry toEntry() {
        return new RunEntry(schemeId, participantId, counterpartyId, counterpartyName, periodFrom, periodTo,
                RunOutcome.valueOf(outcome), invoiceId, number, net, vat, gross, reason);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long runId;
        private int entryNo;

        public Key() {
        }

        Key(long runId, int entryNo) {
            this.runId = runId;
            this.entryNo = entryNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.runId == runId && k.entryNo == entryNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, entryNo);
        }
    }
}
