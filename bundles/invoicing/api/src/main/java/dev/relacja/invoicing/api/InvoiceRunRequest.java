package dev.relacja.invoicing.api;

import java.time.LocalDate;

/**
 * What to run: one scheme ({@code schemeId}) or all when null, every period whose issue date is on or before
 * {@code upTo} (today in the company's time zone when null); {@code dryRun} only lists what would be made;
 * {@code mode} ISSUE (default) or DRAFT; {@code printPdfs} renders and stores each new invoice's PDF.
 */
public record InvoiceRunRequest(Long schemeId, LocalDate upTo, boolean dryRun, RunMode mode, boolean printPdfs) {
}
