package dev.relacja.tasks.api;

/**
 * Work done on a task, as its owner reports it: any of a new stage, a new percent done, time spent in
 * minutes and a comment. Each part present becomes one entry of the task's log.
 */
public record WorkReport(String stage, Integer percentDone, Integer minutesSpent, String comment) {
}
