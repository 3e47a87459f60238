package dev.relacja.invoicing.api;

/**
 * What a run does when it finds more than one due period of a participant unbilled, e.g. after downtime:
 * {@code ISSUE_ALL} invoices every missed period, {@code ONE_PER_RUN} only the oldest (the next run takes the
 * next one), {@code SKIP_AND_REPORT} invoices only the latest and records the older ones as skipped in the run
 * report, so they are never billed later and never silently.
 */
public enum CatchUpPolicy {
    ISSUE_ALL, ONE_PER_RUN, SKIP_AND_REPORT
}
