package dev.relacja.invoicing.api;

/**
 * What a run did for one participant and period: {@code PLANNED} in a dry run, {@code CREATED} an invoice
 * (issued or a draft, as the run's mode says), {@code SKIPPED} a period left unbilled on purpose (the catch-up
 * policy, or another run billed it), {@code FAILED} when the participant's invoice could not be made.
 */
public enum RunOutcome {
    PLANNED, CREATED, SKIPPED, FAILED
}
