package dev.relacja.tasks.api;

import java.util.List;
import java.util.Optional;

/**
 * A kind of task or activity (a phone call, a meeting, an e-mail, a visit) with its ordered stages: a
 * new record starts in the first one, and at least one stage is closing.
 */
public record TaskType(String code, String name, boolean activity, List<Stage> stages) {
    public TaskType {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    public Optional<Stage> stage(String stageCode) {
        return stages.stream().filter(s -> s.code().equals(stageCode)).findFirst();
    }

    /** Where new records of this type start. */
    public Stage initialStage() {
        return stages.get(0);
    }

    /** Where completing a record of this type takes it. */
    public Stage closingStage() {
        return stages.stream().filter(Stage::closing).findFirst().orElseThrow();
    }
}
