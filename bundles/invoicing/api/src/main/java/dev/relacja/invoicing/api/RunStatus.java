package dev.relacja.invoicing.api;

/**
 * A run's state: {@code RUNNING} until it ends (a run found RUNNING when the module starts was interrupted and
 * is resumed), then {@code COMPLETED} (failed participants are reported, they do not fail the run) or
 * {@code FAILED} when the run could not go on at all (its message says why).
 */
public enum RunStatus {
    RUNNING, COMPLETED, FAILED
}
