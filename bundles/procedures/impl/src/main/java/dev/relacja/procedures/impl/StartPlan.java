package dev.relacja.procedures.impl;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.core.api.security.Operator;
import dev.relacja.procedures.impl.persistence.StoredTemplate;
import java.time.LocalDate;
import java.util.List;

/** A start request checked and resolved: what to create, for whom, and when each step is due. */
record StartPlan(StoredTemplate template, Counterparty counterparty, String title, Operator mainOwner,
        LocalDate startDate, List<Operator> stepOwners, StepSchedule.Plan schedule) {
    StartPlan {
        stepOwners = List.copyOf(stepOwners);
    }
}
