package dev.relacja.procedures.api;

/** What a step's days count from: the procedure's start date, or the deadline of the step before it. */
public enum StepAnchor {
    START, PREVIOUS_STEP
}
