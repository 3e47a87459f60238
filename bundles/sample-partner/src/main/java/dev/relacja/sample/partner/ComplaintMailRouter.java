package dev.relacja.sample.partner;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.mailbox.api.Classification;
import dev.relacja.mailbox.api.MailClassifier;
import dev.relacja.mailbox.api.MailMessage;
import dev.relacja.tasks.api.Priority;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskDraft;
import dev.relacja.tasks.api.TaskService;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Routes complaints that come by e-mail ("reklamacja", "reklamacji", … in the subject) from a known counterparty to a
 * high-priority task for it, and files the message under that task — proving the mailbox's classifier SPI. The
 * task's title names the complaint, so {@link ComplaintTagger} tags it as well.
 */
@Component
public class ComplaintMailRouter implements MailClassifier {
    private static final String STEM = "reklamacj";
    private static final int MAX_TITLE = 200;

    private final TaskService tasks;

    @Activate
    public ComplaintMailRouter(@Reference TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Classification classify(MailMessage message) {
        String subject = message.subject() == null ? "" : message.subject().strip();
        if (message.counterpartyId() == null || !subject.toLowerCase(Locale.ROOT).contains(STEM)) {
            return Classification.NONE;
        }
        String title = "Rozpatrzyć: " + subject;
        Task task = tasks.create(TaskDraft.titled(title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE))
                .withCounterparty(message.counterpartyId(), message.contactPersonId())
                .withDetails("Zgłoszenie e-mailem od " + message.from() + ".", Priority.HIGH, null, null));
        return new Classification(List.of(new RecordRef(TaskService.RECORD_TYPE, task.id())), "complaint: opened task " + task.id());
    }
}
