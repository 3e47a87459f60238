package dev.relacja.mailbox.api;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Serial sending: a job puts one message per record into the outbox, each from the job's template about that
 * record, to the record's counterparty (its billing address, else its first e-mail address) with the record's
 * printout attached. Counterparties without an address or without consent to e-mail are skipped and reported; a
 * record is never sent twice by one job, nor to a recipient an earlier job sent it to (unless asked to resend).
 * Jobs survive restarts, and run as the operator who created them. Operators create and control their jobs
 * (admins all); viewers read.
 */
@ProviderType
public interface SendJobService {

    /**
     * Creates and starts a job.
     *
     * @throws dev.relacja.core.api.error.ValidationException naming each bad field (account, template, record type,
     *         records)
     */
    SendJob create(SendJobRequest request);

    /** Newest first. */
    List<SendJob> list();

    Optional<SendJob> find(long id);

    /** The job's records in their order, with what became of each. */
    Page<SendJobItem> items(long jobId, PageRequest page);

    /** Stops a running job after the record in hand; a conflict when it is done. */
    SendJob pause(long id);

    /** Goes on with a paused job; a conflict when it is done. */
    SendJob resume(long id);
}
