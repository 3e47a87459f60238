package dev.relacja.mailbox.activities;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.mailbox.api.Classification;
import dev.relacja.mailbox.api.MailClassifier;
import dev.relacja.mailbox.api.MailMessage;
import dev.relacja.tasks.api.Stage;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskDraft;
import dev.relacja.tasks.api.TaskService;
import dev.relacja.tasks.api.TaskType;
import dev.relacja.tasks.api.TaskTypeService;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers each message received into the configured accounts as a done activity (type e-mail by default) for
 * the counterparty and contact person the mailbox linked it to, owned by the account's {@code actAs} operator (the
 * Subject classifiers run in), and files the message under it. Mail from no known counterparty registers nothing.
 */
@Component(configurationPid = EmailActivityConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = EmailActivityConfig.class)
public class EmailActivityClassifier implements MailClassifier {
    private static final Logger LOG = LoggerFactory.getLogger(EmailActivityClassifier.class);
    private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9-]{1,64}|\\*");
    private static final int MAX_TITLE = 200;
    private static final int MAX_DESCRIPTION = 4000;

    private final TaskService tasks;
    private final TaskTypeService types;
    private final Set<String> accounts;
    private final String type;

    @Activate
    public EmailActivityClassifier(@Reference TaskService tasks, @Reference TaskTypeService types,
            EmailActivityConfig config) {
        this.tasks = tasks;
        this.types = types;
        accounts = Arrays.stream(config.accounts() == null ? new String[0] : config.accounts()).map(String::strip)
                .filter(a -> !a.isEmpty()).collect(Collectors.toUnmodifiableSet());
        List<String> bad = accounts.stream().filter(a -> !ACCOUNT.matcher(a).matches()).sorted().toList();
        if (accounts.isEmpty() || !bad.isEmpty()) {
            throw new IllegalArgumentException(EmailActivityConfig.PID + ": accounts must name mail accounts "
                    + "(lower-case letters, digits and -) or be *" + (bad.isEmpty() ? "" : ", not " + bad));
        }
        type = config.type() == null || config.type().isBlank() ? "email" : config.type().strip();
        LOG.info("Mail received into {} registers activities of type {}", accounts.contains("*") ? "every account"
                : accounts.stream().sorted().toList(), type);
    }

    @Override
    public Classification classify(MailMessage message) {
        if (message.counterpartyId() == null || !(accounts.contains("*") || accounts.contains(message.account()))) {
            return Classification.NONE;
        }
        // done at once: the mail has come; the type's closing stage (the tasks module refuses an unknown type)
        String closing = types.find(type).map(TaskType::closingStage).map(Stage::code).orElse(null);
        Task activity = tasks.create(TaskDraft.titled(title(message)).withType(type)
                .withCounterparty(message.counterpartyId(), message.contactPersonId())
                .withSchedule(message.at(), null).withProgress(closing, null)
                .withDetails(description(message), null, null, null));
        return new Classification(List.of(new RecordRef(TaskService.RECORD_TYPE, activity.id())),
                "registered activity " + activity.id() + " (" + type + ")");
    }

    private static String title(MailMessage message) {
        String subject = message.subject() == null || message.subject().isBlank() ? "(bez tematu)" : message.subject().strip();
        String title = "E-mail: " + subject;
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1) + "…";
    }

    private static String description(MailMessage message) {
        String text = "Od / From: " + (message.from() == null ? "?" : message.from()) + "\n\n"
                + (message.text() == null ? "" : message.text().strip());
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
    }
}
