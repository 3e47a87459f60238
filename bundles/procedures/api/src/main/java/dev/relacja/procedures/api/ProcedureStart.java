package dev.relacja.procedures.api;

import java.time.LocalDate;

/**
 * A request to start a procedure: the template's code and the counterparty are required. Left out,
 * {@code startDate} is today in the starter's time zone, {@code title} the template's name with the
 * counterparty's, and {@code owner} (the login who owns the main task) the starter.
 */
public record ProcedureStart(String template, Long counterpartyId, LocalDate startDate, String title, String owner) {

    /** Starts {@code template} for the counterparty today, with the defaults for the rest. */
    public static ProcedureStart of(String template, long counterpartyId) {
        return new ProcedureStart(template, counterpartyId, null, null, null);
    }

    public ProcedureStart on(LocalDate newStartDate) {
        return new ProcedureStart(template, counterpartyId, newStartDate, title, owner);
    }

    public ProcedureStart titled(String newTitle) {
        return new ProcedureStart(template, counterpartyId, startDate, newTitle, owner);
    }

    public ProcedureStart ownedBy(String newOwner) {
        return new ProcedureStart(template, counterpartyId, startDate, title, newOwner);
    }
}
