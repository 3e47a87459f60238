package dev.relacja.documents.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Prints a record for sending, e.g. an invoice for a serial send job of the mailbox. The module that owns the
 * record type registers it as a DS component with the service property {@value #RECORD_TYPE}; a partner
 * overrides one by ranking.
 */
@ConsumerType
public interface PrintoutProvider {

    /** Service property: the record type this provider prints, e.g. {@code invoice}. */
    String RECORD_TYPE = "relacja.printout.record.type";

    /** The record's printout as the caller may see it, or empty when there is no such record. */
    Optional<Printout> printout(long recordId);
}
