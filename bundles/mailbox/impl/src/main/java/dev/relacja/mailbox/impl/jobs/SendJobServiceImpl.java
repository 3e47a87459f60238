package dev.relacja.mailbox.impl.jobs;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.mailbox.api.MailAccount;
import dev.relacja.mailbox.api.MailTemplate;
import dev.relacja.mailbox.api.MailTemplateService;
import dev.relacja.mailbox.api.MailboxService;
import dev.relacja.mailbox.api.SendJob;
import dev.relacja.mailbox.api.SendJobItem;
import dev.relacja.mailbox.api.SendJobRequest;
import dev.relacja.mailbox.api.SendJobService;
import dev.relacja.mailbox.api.SendJobStatus;
import dev.relacja.mailbox.impl.persistence.SendJobStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Creates and controls send jobs; {@link SendJobRunner} works them off. Callers see jobs of the accounts they use. */
@Component
public class SendJobServiceImpl implements SendJobService {
    static final int MAX_RECORDS = 10_000;
    private static final Pattern GROUP = Pattern.compile("([a-z0-9-]{1,40}):(\\d{1,18})");

    private final CallerContext callers;
    private final SendJobStore store;
    private final MailTemplateService templates;
    private final MailboxService mailbox;
    private final Printouts printouts;
    private final RecordSets recordSets;

    @Activate
    public SendJobServiceImpl(@Reference CallerContext callers, @Reference SendJobStore store,
            @Reference MailTemplateService templates, @Reference MailboxService mailbox, @Reference Printouts printouts,
            @Reference RecordSets recordSets) {
        this.callers = callers;
        this.store = store;
        this.templates = templates;
        this.mailbox = mailbox;
        this.printouts = printouts;
        this.recordSets = recordSets;
    }

    @Override
    public SendJob create(SendJobRequest request) {
        Caller caller = callers.require(Role.OPERATOR);
        if (request == null) {
            throw new ValidationException("body", "a send job is required: {\"template\", \"recordType\", \"recordIds\"}");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = FieldChecks.text(errors, "name", request.name(), 200, false);
        MailAccount account = account(errors, request.account());
        Optional<MailTemplate> template = request.template() == null ? Optional.empty() : templates.find(request.template());
        if (template.isEmpty()) {
            errors.add(new FieldError("template", request.template() == null ? "template is required"
                    : "there is no mail template '" + request.template() + "'"));
        }
        String recordType = request.recordType() != null ? request.recordType()
                : template.map(MailTemplate::recordType).orElse(null);
        if (recordType == null || !printouts.recordTypes().contains(recordType)) {
            errors.add(new FieldError("recordType", "'" + recordType + "' is not a record type an installed module prints "
                    + "for sending; known: " + String.join(", ", printouts.recordTypes())));
        } else if (template.isPresent() && !recordType.equals(template.get().recordType())) {
            errors.add(new FieldError("template", "mail template '" + template.get().code() + "' is about "
                    + template.get().recordType() + ", not " + recordType));
        }
        String language = request.language() == null || request.language().isBlank() ? "pl" : request.language().strip();
        if (template.isPresent() && !template.get().texts().containsKey(language)) {
            errors.add(new FieldError("language", "mail template '" + template.get().code() + "' has no text in '"
                    + language + "'"));
        }
        List<Long> recordIds = recordIds(errors, request, recordType);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String templateName = template.get().name();
        String defaultName = (templateName.length() > 150 ? templateName.substring(0, 150) : templateName)
                + (request.recordsOf() == null ? "" : " — " + request.recordsOf().strip()) + " (" + recordIds.size() + ")";
        return store.create(name != null ? name : defaultName,
                account.name(), template.get().code(), language, recordType, recordIds, request.resend(),
                caller.username());
    }

    private MailAccount account(List<FieldError> errors, String name) {
        List<MailAccount> usable = mailbox.accounts().stream().filter(a -> !a.smtpHost().isBlank()).toList();
        if (name == null || name.isBlank()) {
            if (usable.size() == 1) {
                return usable.get(0);
            }
            errors.add(new FieldError("account", usable.isEmpty() ? "you may send from no mail account"
                    : "account is required: you may send from " + usable.stream().map(MailAccount::name).toList()));
            return null;
        }
        Optional<MailAccount> account = usable.stream().filter(a -> a.name().equals(name.strip())).findFirst();
        if (account.isEmpty()) {
            errors.add(new FieldError("account", "you may not send from a mail account '" + name + "'"));
        }
        return account.orElse(null);
    }

    /** The records given, or those of the group named by {@code recordsOf} that are of {@code recordType}. */
    private List<Long> recordIds(List<FieldError> errors, SendJobRequest request, String recordType) {
        if (request.recordsOf() == null || request.recordsOf().isBlank()) {
            checkRecords(errors, request.recordIds());
            return request.recordIds();
        }
        String group = request.recordsOf().strip();
        Matcher named = GROUP.matcher(group);
        if (!request.recordIds().isEmpty()) {
            errors.add(new FieldError("recordsOf", "give recordIds or recordsOf, not both"));
        } else if (!named.matches()) {
            errors.add(new FieldError("recordsOf", "recordsOf names a group of records as <type>:<id>, e.g. invoice-run:12,"
                    + " not '" + group + "'"));
        } else if (!recordSets.types().contains(named.group(1))) {
            errors.add(new FieldError("recordsOf", "no installed module lists groups of type '" + named.group(1)
                    + "'; known: " + String.join(", ", recordSets.types())));
        } else {
            Optional<List<RecordRef>> members = recordSets.members(named.group(1), Long.parseLong(named.group(2)));
            if (members.isEmpty()) {
                errors.add(new FieldError("recordsOf", "there is no " + named.group(1) + " " + named.group(2)));
                return List.of();
            }
            List<Long> ids = members.get().stream().filter(r -> r.type().equals(recordType)).map(RecordRef::id)
                    .distinct().toList();
            if (ids.isEmpty() && recordType != null) {
                errors.add(new FieldError("recordsOf", group + " holds no records of type " + recordType));
            } else if (ids.size() > MAX_RECORDS) {
                errors.add(new FieldError("recordsOf", group + " holds " + ids.size() + " records; at most " + MAX_RECORDS
                        + " per job"));
            }
            return ids;
        }
        return List.of();
    }

    private static void checkRecords(List<FieldError> errors, List<Long> recordIds) {
        if (recordIds.isEmpty()) {
            errors.add(new FieldError("recordIds", "recordIds are required: the records to send"));
        } else if (recordIds.size() > MAX_RECORDS) {
            errors.add(new FieldError("recordIds", recordIds.size() + " records; at most " + MAX_RECORDS + " per job"));
        } else {
            Set<Long> seen = new LinkedHashSet<>();
            Set<Long> twice = new TreeSet<>();
            for (Long id : recordIds) {
                if (id == null || id <= 0) {
                    errors.add(new FieldError("recordIds", "'" + id + "' is not a record id"));
                    return;
                }
                if (!seen.add(id)) {
                    twice.add(id);
                }
            }
            if (!twice.isEmpty()) {
                errors.add(new FieldError("recordIds", "each record is sent once; given more than once: " + twice));
            }
        }
    }

    @Override
    public List<SendJob> list() {
        Set<String> accounts = usableAccounts();
        return store.list().stream().filter(job -> accounts.contains(job.account())).toList();
    }

    @Override
    public Optional<SendJob> find(long id) {
        Set<String> accounts = usableAccounts();
        return store.find(id).filter(job -> accounts.contains(job.account()));
    }

    @Override
    public Page<SendJobItem> items(long jobId, PageRequest page) {
        visible(jobId);
        return store.items(jobId, page);
    }

    @Override
    public SendJob pause(long id) {
        controllable(id);
        return store.move(id, SendJobStatus.RUNNING, SendJobStatus.PAUSED);
    }

    @Override
    public SendJob resume(long id) {
        controllable(id);
        return store.move(id, SendJobStatus.PAUSED, SendJobStatus.RUNNING);
    }

    private SendJob visible(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Send job", id));
    }

    private void controllable(long id) {
        Caller caller = callers.require(Role.OPERATOR);
        SendJob job = visible(id);
        if (!caller.has(Role.ADMIN) && !job.createdBy().equals(caller.username())) {
            throw new AccessDeniedException("Only " + job.createdBy() + " and admins control send job " + id);
        }
    }

    /** The accounts the caller may use (admins: all); their jobs are the ones the caller sees. */
    private Set<String> usableAccounts() {
        Set<String> names = new TreeSet<>();
        mailbox.accounts().forEach(a -> names.add(a.name()));
        return names;
    }
}
