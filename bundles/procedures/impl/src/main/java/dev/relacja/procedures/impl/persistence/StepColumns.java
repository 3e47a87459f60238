package dev.relacja.procedures.impl.persistence;

import dev.relacja.procedures.api.StepAnchor;
import dev.relacja.procedures.impl.persistence.StepDefinition.OwnerKind;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * One row of {@code procedures_template_step} or {@code procedures_procedure_step}: a step at its position in
 * the list, the same columns in the template and in a started procedure's snapshot.
 */
@Embeddable
public class StepColumns {
    @Column(nullable = false)
    private String title;
    @Column(name = "type_code", nullable = false)
    private String typeCode;
    @Column(nullable = false)
    private int days;
    @Column(nullable = false)
    private String anchor;
    @Column(name = "owner_kind", nullable = false)
    private String ownerKind;
    @Column(name = "owner_id")
    private Long ownerId;
    /** 1-based step numbers joined by commas; empty for none. */
    @Column(name = "depends_on", nullable = false)
    private String dependsOn;

    protected StepColumns() {
    }

    StepColumns(StepDefinition step) {
        this.title = step.title();
        this.typeCode = step.typeCode();
        this.days = step.days();
        this.anchor = step.after().name();
        this.ownerKind = step.ownerKind().name();
        this.ownerId = step.ownerId();
        this.dependsOn = step.dependsOn().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    StepDefinition toDefinition() {
        List<Integer> numbers = dependsOn.isEmpty() ? List.of()
                : Arrays.stream(dependsOn.split(",")).map(Integer::valueOf).toList();
        return new StepDefinition(title, typeCode, days, StepAnchor.valueOf(anchor), OwnerKind.valueOf(ownerKind),
                ownerId, numbers);
    }
}
