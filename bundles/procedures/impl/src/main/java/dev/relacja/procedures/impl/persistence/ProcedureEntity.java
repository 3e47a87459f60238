package dev.relacja.procedures.impl.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;

/**
 * A started procedure as stored in {@code procedures_procedure}, with its own copy of the template's steps in
 * {@code procedures_procedure_step}. Written once: its progress lives in the main task.
 */
@Entity
@Table(name = "procedures_procedure")
public class ProcedureEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "template_id", nullable = false)
    private long templateId;
    @Column(name = "template_code", nullable = false)
    private String templateCode;
    @Column(name = "template_version", nullable = false)
    private long templateVersion;
    @Column(nullable = false)
    private String title;
    @Column(name = "counterparty_id", nullable = false)
    private long counterpartyId;
    @Column(name = "main_task_id", nullable = false)
    private long mainTaskId;
    @Column(name = "started_by_id", nullable = false)
    private long startedById;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedures_procedure_step", joinColumns = @JoinColumn(name = "procedure_id"))
    @OrderColumn(name = "step_order")
    private List<StepColumns> steps = new ArrayList<>();

    protected ProcedureEntity() {
    }

    ProcedureEntity(ProcedureFields fields, long mainTaskId, Instant now) {
        StoredTemplate template = fields.template();
        this.templateId = template.id();
        this.templateCode = template.code();
        this.templateVersion = template.version();
        this.title = fields.title();
        this.counterpartyId = fields.counterpartyId();
        this.mainTaskId = mainTaskId;
        this.startedById = fields.startedById();
        this.startedAt = now;
        this.startDate = fields.startDate();
        template.steps().forEach(step -> steps.add(new StepColumns(step)));
    }

    StoredProcedure toStored() {
        return new StoredProcedure(id, templateId, templateCode, templateVersion, title, counterpartyId, mainTaskId,
                startedById, startedAt, startDate, steps.stream().map(StepColumns::toDefinition).toList());
    }
}
