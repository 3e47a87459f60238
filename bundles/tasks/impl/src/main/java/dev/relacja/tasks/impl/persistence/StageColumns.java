package dev.relacja.tasks.impl.persistence;

import dev.relacja.tasks.api.Stage;
import javax.persistence.Column;
import javax.persistence.Embeddable;

/** One row of {@code tasks_stage}: a stage of a type, at its position in the type's list. */
@Embeddable
public class StageColumns {
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private boolean closing;

    protected StageColumns() {
    }

    StageColumns(Stage stage) {
        this.code = stage.code();
        this.name = stage.name();
        this.closing = stage.closing();
    }

    Stage toStage() {
        return new Stage(code, name, closing);
    }
}
