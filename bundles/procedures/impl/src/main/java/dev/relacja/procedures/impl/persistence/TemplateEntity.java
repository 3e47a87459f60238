package dev.relacja.procedures.impl.persistence;

import java.time.Instant;
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
import javax.persistence.Version;

/** A procedure template with its steps in order, as stored in {@code procedures_template} and {@code procedures_template_step}. */
@Entity
@Table(name = "procedures_template")
public class TemplateEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    private String description;
    @Column(nullable = false)
    private boolean active;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "procedures_template_step", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "step_order")
    private List<StepColumns> steps = new ArrayList<>();
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected TemplateEntity() {
    }

    TemplateEntity(TemplateFields fields, Instant now) {
        this.active = true;
        this.createdAt = now;
        apply(fields, now);
    }

    void apply(TemplateFields fields, Instant now) {
        this.code = fields.code();
        this.name = fields.name();
        this.description = fields.description();
        this.steps.clear();
        fields.steps().forEach(step -> steps.add(new StepColumns(step)));
        this.updatedAt = now;
    }

    void setActive(boolean newActive, Instant now) {
        this.active = newActive;
        this.updatedAt = now;
    }

    long version() {
        return version;
    }

    StoredTemplate toStored() {
        return new StoredTemplate(id, code, name, description, steps.stream().map(StepColumns::toDefinition).toList(),
                active, version);
    }
}
