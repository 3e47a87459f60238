package dev.relacja.invoicing.api;

/** What a run makes of each due period: a draft to check and issue by hand, or an issued, numbered invoice. */
public enum RunMode {
    DRAFT, ISSUE
}
