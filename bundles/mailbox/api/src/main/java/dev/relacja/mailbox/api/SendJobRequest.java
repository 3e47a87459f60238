package dev.relacja.mailbox.api;

import java.util.List;

/**
 * A serial send: one template, many records, each message to the counterparty of its record with that record's
 * printout attached (e.g. the invoices of an invoice run, payment reminders, balance confirmations).
 *
 * @param account    the account to send from; null: the caller's only one
 * @param template   a template about records of {@code recordType}
 * @param language   {@code pl} or {@code en}; null: the template's Polish text
 * @param recordType a record type some module prints for sending ({@code invoice}, {@code payment-reminder},
 *                   {@code balance-confirmation}: the last two by counterparty id)
 * @param recordIds  the records, each sent once
 * @param resend     send a record to a recipient even when an earlier job sent it there already
 * @param recordsOf  instead of {@code recordIds}: a group of records as {@code <type>:<id>}, whose records of
 *                   {@code recordType} are sent, e.g. {@code invoice-run:12} for the invoices a run created
 */
public record SendJobRequest(String name, String account, String template, String language, String recordType,
        List<Long> recordIds, boolean resend, String recordsOf) {
    public SendJobRequest {
        recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
    }

    /** A job of the records given (as before {@code recordsOf}). */
    public SendJobRequest(String name, String account, String template, String language, String recordType,
            List<Long> recordIds, boolean resend) {
        this(name, account, template, language, recordType, recordIds, resend, null);
    }
}
