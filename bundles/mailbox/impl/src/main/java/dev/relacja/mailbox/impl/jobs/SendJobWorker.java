package dev.relacja.mailbox.impl.jobs;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.documents.api.Printout;
import dev.relacja.mailbox.api.ComposeRequest;
import dev.relacja.mailbox.api.ComposedMail;
import dev.relacja.mailbox.api.MailMessage;
import dev.relacja.mailbox.api.MailTemplateService;
import dev.relacja.mailbox.api.MailboxService;
import dev.relacja.mailbox.api.OutgoingMail;
import dev.relacja.mailbox.api.SendItemStatus;
import dev.relacja.mailbox.impl.persistence.SendJobStore;
import dev.relacja.mailbox.impl.persistence.SendJobStore.JobSpec;
import dev.relacja.mailbox.impl.persistence.SendJobStore.PendingItem;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * Prepares a job's records one by one, as the job's operator: the record's printout attached to its counterparty,
 * the message composed from the job's template, put into the outbox and the item marked QUEUED in one transaction,
 * so a record is queued once whatever crashes. A record that cannot be prepared fails alone, with the reason.
 */
public final class SendJobWorker {
    private final SendJobStore store;
    private final JpaTemplate mailJpa;
    private final Printouts printouts;
    private final CounterpartyService counterparties;
    private final MailTemplateService templates;
    private final MailboxService mailbox;
    private final FileService files;

    public SendJobWorker(SendJobStore store, JpaTemplate mailJpa, Printouts printouts, CounterpartyService counterparties,
            MailTemplateService templates, MailboxService mailbox, FileService files) {
        this.store = store;
        this.mailJpa = mailJpa;
        this.printouts = printouts;
        this.counterparties = counterparties;
        this.templates = templates;
        this.mailbox = mailbox;
        this.files = files;
    }

    /**
     * Prepares up to {@code limit} of the job's pending records, stopping early when it is paused or
     * {@code keepGoing} says stop; answers how many.
     */
    public int work(JobSpec job, int limit, BooleanSupplier keepGoing) {
        int done = 0;
        for (PendingItem item : store.pending(job.id(), limit)) {
            if (!keepGoing.getAsBoolean() || !store.isRunning(job.id())) {
                break;
            }
            try {
                mailJpa.tx(TransactionType.Required, em -> prepare(job, item));
            } catch (AlreadySettled e) {
                continue;
            } catch (RuntimeException e) {
                store.settle(item.id(), SendItemStatus.FAILED, null, null, reason(e), null);
            }
            done++;
        }
        return done;
    }

    private void prepare(JobSpec job, PendingItem item) {
        Printout printout = printouts.printout(job.recordType(), item.recordId())
                .orElseThrow(() -> new NotFoundException(job.recordType(), item.recordId()));
        Counterparty counterparty = counterparties.find(printout.counterpartyId())
                .orElseThrow(() -> new NotFoundException("Counterparty", printout.counterpartyId()));
        String recipient = recipient(counterparty);
        String skipped = recipient == null ? counterparty.code() + " has no e-mail address"
                : !counterparty.emailConsent() ? counterparty.code() + " has not consented to e-mail"
                : !job.resend() && store.sentBefore(job.id(), job.recordType(), item.recordId(), recipient)
                        ? "sent to " + recipient + " by an earlier job" : null;
        if (skipped != null) {
            settle(item, SendItemStatus.SKIPPED, counterparty.id(), recipient, skipped, null);
            return;
        }
        ComposedMail composed = templates.compose(new ComposeRequest(job.template(), job.language(), item.recordId(),
                job.account(), recipient));
        long fileId = files.attach(new RecordRef("counterparty", counterparty.id()), printout.fileName(),
                "application/pdf", new ByteArrayInputStream(printout.pdf())).id();
        Set<RecordRef> about = new LinkedHashSet<>(List.of(new RecordRef(printout.aboutType(), printout.aboutId()),
                new RecordRef("counterparty", counterparty.id())));
        MailMessage queued = mailbox.send(new OutgoingMail(job.account(), List.of(recipient), null, null,
                composed.subject(), composed.text(), composed.html(), List.of(fileId), List.copyOf(about)));
        settle(item, SendItemStatus.QUEUED, counterparty.id(), recipient, null, queued.id());
    }

    /** Settles the item in this transaction; one another round settled first rolls it all back (message included). */
    private void settle(PendingItem item, SendItemStatus status, long counterpartyId, String recipient, String reason,
            Long messageId) {
        if (!store.settle(item.id(), status, counterpartyId, recipient, reason, messageId)) {
            throw new AlreadySettled();
        }
    }

    /** Thrown to roll back an item another round settled meanwhile. */
    private static final class AlreadySettled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlreadySettled() {
            super("settled by another round", null, false, false);
        }
    }

    /** The billing address, else the first e-mail address; null when it has none. */
    private static String recipient(Counterparty counterparty) {
        if (counterparty.billingEmail() != null && !counterparty.billingEmail().isBlank()) {
            return counterparty.billingEmail().strip();
        }
        return counterparty.emails().isEmpty() ? null : counterparty.emails().get(0);
    }

    private static String reason(RuntimeException e) {
        if (e instanceof ValidationException invalid) {
            return invalid.errors().stream().map(error -> error.message()).collect(Collectors.joining("; "));
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
