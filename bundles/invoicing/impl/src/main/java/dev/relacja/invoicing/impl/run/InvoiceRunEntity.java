package dev.relacja.invoicing.impl.run;

import dev.relacja.invoicing.api.InvoiceRun;
import dev.relacja.invoicing.api.InvoiceRunRequest;
import dev.relacja.invoicing.api.RunMode;
import dev.relacja.invoicing.api.RunStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A run as recorded in {@code invoicing_run}; its counts and totals move with each chunk's transaction. */
@Entity
@Table(name = "invoicing_run")
public class InvoiceRunEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "scheme_id")
    private Long schemeId;
    @Column(name = "up_to", nullable = false)
    private LocalDate upTo;
    @Column(nullable = false)
    private String mode;
    @Column(name = "print_pdfs", nullable = false)
    private short printPdfs;
    @Column(nullable = false)
    private String status;
    @Column(name = "run_trigger", nullable = false)
    private String trigger;
    @Column(name = "started_by", nullable = false)
    private String startedBy;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "created_count", nullable = false)
    private int created;
    @Column(name = "skipped_count", nullable = false)
    private int skipped;
    @Column(name = "failed_count", nullable = false)
    private int failed;
    @Column(nullable = false)
    private BigDecimal net;
    @Column(nullable = false)
    private BigDecimal vat;
    @Column(nullable = false)
    private BigDecimal gross;
    private String message;
    @Version
    private long version;

    protected InvoiceRunEntity() {
    }

    InvoiceRunEntity(InvoiceRunRequest request, LocalDate upTo, String trigger, String startedBy, Instant now) {
        this.schemeId = request.schemeId();
        this.upTo = upTo;
        this.mode = (request.mode() == null ? RunMode.ISSUE : request.mode()).name();
        this.printPdfs = (short) (request.printPdfs() ? 1 : 0);
        this.status = RunStatus.RUNNING.name();
        this.trigger = trigger;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.net = BigDecimal.ZERO.setScale(2);
        this.vat = BigDecimal.ZERO.setScale(2);
        this.gross = BigDecimal.ZERO.setScale(2);
    }

    /** Adds one chunk's outcome. */
    void count(ChunkTally tally) {
        created += tally.created();
        skipped += tally.skipped();
        failed += tally.failed();
        net = net.add(tally.net());
        vat = vat.add(tally.vat());
        gross = gross.add(tally.gross());
    }

    void finish(RunStatus newStatus, String newMessage, Instant now) {
        status = newStatus.name();
        message = newMessage == null || newMessage.length() <= 2000 ? newMessage : newMessage.substring(0, 2000);
        finishedAt = now;
    }

    InvoiceRun toRun() {
        return new InvoiceRun(id, schemeId, upTo, RunMode.valueOf(mode), printPdfs == 1, RunStatus.valueOf(status),
                trigger, startedBy, startedAt, finishedAt, created, skipped, failed, net, vat, gross, message);
    }
}
