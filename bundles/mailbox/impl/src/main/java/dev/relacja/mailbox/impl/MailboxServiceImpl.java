package dev.relacja.mailbox.impl;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.contacts.api.EmailOwner;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.mailbox.api.FetchReport;
import dev.relacja.mailbox.api.MailAccount;
import dev.relacja.mailbox.api.MailAddress;
import dev.relacja.mailbox.api.MailAttachment;
import dev.relacja.mailbox.api.MailAuditEntry;
import dev.relacja.mailbox.api.MailMessage;
import dev.relacja.mailbox.api.MailServerException;
import dev.relacja.mailbox.api.MailSummary;
import dev.relacja.mailbox.api.MailboxService;
import dev.relacja.mailbox.api.MessageQuery;
import dev.relacja.mailbox.api.OutgoingMail;
import dev.relacja.mailbox.impl.account.AccountSettings;
import dev.relacja.mailbox.impl.account.ConfiguredAccount;
import dev.relacja.mailbox.impl.inbound.HtmlSanitizer;
import dev.relacja.mailbox.impl.persistence.MessageReader;
import dev.relacja.mailbox.impl.persistence.NewOutgoing;
import dev.relacja.mailbox.impl.persistence.OutboxStore;
import dev.relacja.mailbox.impl.persistence.RecordLinkStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailbox for the signed-in operator. Accounts come and go with their configurations; an operator sees the
 * accounts open to them (admins all) and only those accounts' messages.
 */
@Component
public class MailboxServiceImpl implements MailboxService {
    private static final Logger LOG = LoggerFactory.getLogger(MailboxServiceImpl.class);
    private static final int MAX_SEND_KEY = 200;
    /** The local part of a Message-ID (RFC 5322 dot-atom, restricted to what no mail system mangles). */
    private static final Pattern SEND_KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    private final CallerContext callers;
    private final OutboxStore outbox;
    private final MessageReader messages;
    private final FileService files;
    private final CounterpartyService counterparties;
    private final RecordLinkStore links;
    private final RecordTitles titles;
    private final Map<String, ConfiguredAccount> accounts = new ConcurrentHashMap<>();

    @Activate
    public MailboxServiceImpl(@Reference CallerContext callers, @Reference OutboxStore outbox,
            @Reference MessageReader messages, @Reference FileService files, @Reference CounterpartyService counterparties,
            @Reference RecordLinkStore links, @Reference RecordTitles titles) {
        this.callers = callers;
        this.outbox = outbox;
        this.messages = messages;
        this.files = files;
        this.counterparties = counterparties;
        this.links = links;
        this.titles = titles;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addAccount(ConfiguredAccount account) {
        ConfiguredAccount before = accounts.putIfAbsent(account.settings().name(), account);
        if (before != null && before != account) {
            LOG.warn("Two mail accounts are named {}; the second configuration is ignored", account.settings().name());
        }
    }

    public void removeAccount(ConfiguredAccount account) {
        accounts.remove(account.settings().name(), account);
    }

    @Override
    public List<MailAccount> accounts() {
        Caller caller = callers.require(Role.VIEWER);
        return usable(caller).stream().map(AccountSettings::account).toList();
    }

    private List<AccountSettings> usable(Caller caller) {
        return accounts.values().stream().map(ConfiguredAccount::settings)
                .filter(s -> caller.has(Role.ADMIN) || s.open(caller.username()))
                .sorted(Comparator.comparing(AccountSettings::name)).toList();
    }

    @Override
    public MailMessage send(OutgoingMail mail) {
        return send(mail, null);
    }

    @Override
    public MailMessage sendOnce(String key, OutgoingMail mail) {
        callers.require(Role.OPERATOR);
        if (key == null || key.length() > MAX_SEND_KEY || !SEND_KEY.matcher(key).matches()) {
            throw new ValidationException("key", "a send key is 1 to " + MAX_SEND_KEY
                    + " letters, digits, '-', '_' and single dots between them, not '" + key + "'");
        }
        Optional<Long> queued = outbox.keyed(key);
        if (queued.isPresent()) {
            return queuedBefore(key, queued.get());
        }
        try {
            return send(mail, key);
        } catch (RuntimeException e) {
            if (outbox.keyed(key).isPresent()) {
                // another request queued the key meanwhile; in a transaction of the caller's, that one is spoilt now
                throw new ConflictException("key", "a message with the key '" + key + "' was queued meanwhile; ask again");
            }
            throw e;
        }
    }

    /** The message queued with the key, if the caller may see it; no word of its content otherwise. */
    private MailMessage queuedBefore(String key, long messageId) {
        return find(messageId).orElseThrow(() -> new ConflictException("key",
                "a message with the key '" + key + "' was queued already, in a mail account you may not use"));
    }

    private MailMessage send(OutgoingMail mail, String sendKey) {
        Caller caller = callers.require(Role.OPERATOR);
        AccountSettings account = sendingAccount(caller, mail.account());
        OutgoingChecks checked = new OutgoingChecks(mail, files, true);
        Long counterpartyId = mail.records().stream().filter(r -> "counterparty".equals(r.type())).map(RecordRef::id)
                .findFirst().orElse(null);
        Long contactPersonId = null;
        if (counterpartyId == null && !checked.to.isEmpty()) {
            Optional<EmailOwner> owner = counterparties.ownerOfEmail(checked.to.get(0).address());
            counterpartyId = owner.map(EmailOwner::counterpartyId).orElse(null);
            contactPersonId = owner.map(EmailOwner::contactPersonId).orElse(null);
        }
        return queue(caller, account, checked, mail, counterpartyId, contactPersonId, null, null, null, mail.records(),
                sendKey);
    }

    @Override
    public MailMessage reply(long messageId, OutgoingMail mail) {
        Caller caller = callers.require(Role.OPERATOR);
        MailMessage original = visible(caller, messageId);
        AccountSettings account = sendingAccount(caller, mail.account() == null ? original.account() : mail.account());
        boolean recipientsGiven = !mail.to().isEmpty() || !mail.cc().isEmpty() || !mail.bcc().isEmpty();
        MailAddress answerTo = original.replyTo() != null ? original.replyTo() : original.from();
        OutgoingMail completed = new OutgoingMail(account.name(),
                recipientsGiven || answerTo == null ? mail.to() : List.of(answerTo.toString()), mail.cc(), mail.bcc(),
                mail.subject() == null || mail.subject().isBlank() ? replySubject(original.subject()) : mail.subject(),
                mail.text(), mail.html(), mail.fileIds(), mail.records());
        OutgoingChecks checked = new OutgoingChecks(completed, files, true);
        Set<RecordRef> records = new LinkedHashSet<>(original.records());
        records.addAll(mail.records());
        String references = messages.references(messageId).map(r -> r + " ").orElse("")
                + (original.messageId() == null ? "" : original.messageId());
        return queue(caller, account, checked, completed, original.counterpartyId(), original.contactPersonId(),
                original.messageId(), references.isBlank() ? null : references.strip(), original.threadId(),
                List.copyOf(records), null);
    }

    private MailMessage queue(Caller caller, AccountSettings account, OutgoingChecks checked, OutgoingMail mail,
            Long counterpartyId, Long contactPersonId, String inReplyTo, String references, Long threadId,
            List<RecordRef> records, String sendKey) {
        String text = account.signature().isBlank() ? checked.text : checked.text + "\n\n-- \n" + account.signature();
        String html = mail.html() == null || mail.html().isBlank() ? null : HtmlSanitizer.clean(mail.html())
                + (account.signature().isBlank() ? "" : "<p>-- <br>" + escape(account.signature()).replace("\n", "<br>") + "</p>");
        long id = outbox.queue(new NewOutgoing(account.name(), account.from(), checked.to, checked.cc, checked.bcc,
                checked.subject == null ? "" : checked.subject, text, html, checked.attachments, records, counterpartyId,
                contactPersonId, inReplyTo, references, threadId, account.messageIdDomain(), account.replyAddress(),
                caller.username(), sendKey));
        return messages.find(id).orElseThrow();
    }

    @Override
    public MailMessage forward(long messageId, OutgoingMail mail) {
        Caller caller = callers.require(Role.OPERATOR);
        MailMessage original = visible(caller, messageId);
        boolean originalSends = usable(caller).stream().anyMatch(s -> s.name().equals(original.account()) && s.smtp() != null);
        AccountSettings account = sendingAccount(caller, mail.account() != null ? mail.account()
                : originalSends ? original.account() : null);
        String note = mail.text() == null || mail.text().isBlank() ? "" : mail.text().strip() + "\n\n";
        String html = original.html() == null ? null : (note.isEmpty() ? "" : "<p>" + escape(note.strip())
                .replace("\n", "<br>") + "</p>") + "<p>" + escape(forwardedHeader(original)).replace("\n", "<br>")
                + "</p>" + original.html();
        List<Long> fileIds = new ArrayList<>(original.attachments().stream().map(MailAttachment::fileId).toList());
        fileIds.addAll(mail.fileIds());
        Set<RecordRef> records = new LinkedHashSet<>(original.records());
        records.addAll(mail.records());
        OutgoingMail completed = new OutgoingMail(account.name(), mail.to(), mail.cc(), mail.bcc(),
                mail.subject() == null || mail.subject().isBlank() ? forwardSubject(original.subject()) : mail.subject(),
                note + forwardedHeader(original) + "\n" + (original.text() == null ? "" : original.text()), html,
                fileIds, List.copyOf(records));
        OutgoingChecks checked = new OutgoingChecks(completed, files, true);
        return queue(caller, account, checked, completed, original.counterpartyId(), original.contactPersonId(), null,
                null, original.threadId(), completed.records(), null);
    }

    /** The block that introduces a forwarded message, as mail programs write it. */
    private static String forwardedHeader(MailMessage original) {
        return "---------- Forwarded message ----------\n"
                + "From: " + (original.from() == null ? "" : original.from()) + "\n"
                + "Date: " + original.at() + "\n"
                + "Subject: " + (original.subject() == null ? "" : original.subject()) + "\n"
                + "To: " + String.join(", ", original.to().stream().map(MailAddress::toString).toList()) + "\n";
    }

    private static String forwardSubject(String subject) {
        String original = subject == null ? "" : subject.strip();
        return original.toLowerCase(Locale.ROOT).startsWith("fwd:") ? original : "Fwd: " + original;
    }

    private static String replySubject(String subject) {
        String original = subject == null ? "" : subject.strip();
        return original.toLowerCase(Locale.ROOT).startsWith("re:") ? original : "Re: " + original;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private AccountSettings sendingAccount(Caller caller, String name) {
        List<AccountSettings> sending = usable(caller).stream().filter(s -> s.smtp() != null).toList();
        if (name == null || name.isBlank()) {
            if (sending.size() == 1) {
                return sending.get(0);
            }
            throw new ValidationException("account", sending.isEmpty() ? "no mail account you may use can send"
                    : "choose the account to send from: " + String.join(", ", sending.stream().map(AccountSettings::name).toList()));
        }
        return sending.stream().filter(s -> s.name().equals(name.strip())).findFirst().orElseThrow(() ->
                new ValidationException("account", "'" + name + "' is not a mail account you may send from"
                        + (sending.isEmpty() ? "" : " (yours: " + String.join(", ",
                                sending.stream().map(AccountSettings::name).toList()) + ")")));
    }

    @Override
    public MailMessage link(long messageId, RecordRef record) {
        Caller caller = callers.require(Role.OPERATOR);
        visible(caller, messageId);
        if (record == null || record.type().isBlank()) {
            throw new ValidationException("record", "record is required: {\"type\": \"invoice\", \"id\": 7}");
        }
        String title = titles.title(record).orElseThrow(() -> new ValidationException("record",
                "there is no record " + record + " that you may see"));
        links.link(messageId, record, record + " (" + title + ")", caller.username());
        return messages.find(messageId).orElseThrow();
    }

    @Override
    public MailMessage unlink(long messageId, RecordRef record) {
        Caller caller = callers.require(Role.OPERATOR);
        visible(caller, messageId);
        links.unlink(messageId, record, caller.username());
        return messages.find(messageId).orElseThrow();
    }

    @Override
    public List<MailAuditEntry> audit(long messageId) {
        visible(callers.require(Role.VIEWER), messageId);
        return links.audit(messageId);
    }

    @Override
    public Optional<MailMessage> find(long messageId) {
        Caller caller = callers.require(Role.VIEWER);
        Optional<String> account = messages.accountOf(messageId);
        if (account.isEmpty() || !mayUse(caller, account.get())) {
            return Optional.empty();
        }
        return messages.find(messageId);
    }

    private MailMessage visible(Caller caller, long messageId) {
        return find(messageId).orElseThrow(() -> new NotFoundException("Message", messageId));
    }

    private boolean mayUse(Caller caller, String account) {
        ConfiguredAccount component = accounts.get(account);
        // messages of an account no longer configured stay readable by admins
        return caller.has(Role.ADMIN) || component != null && component.settings().open(caller.username());
    }

    @Override
    public Page<MailSummary> search(MessageQuery query, PageRequest page) {
        Caller caller = callers.require(Role.VIEWER);
        MessageQuery q = query == null ? MessageQuery.ALL : query;
        // admins read every account's mail, also of accounts no longer configured
        List<String> visible = caller.has(Role.ADMIN) ? null
                : usable(caller).stream().map(AccountSettings::name).toList();
        return messages.search(q, visible, page);
    }

    @Override
    public FetchReport fetchNow(String account) {
        Caller caller = callers.require(Role.OPERATOR);
        ConfiguredAccount component = account == null ? null : accounts.get(account.strip());
        if (component == null || !mayUse(caller, component.settings().name())) {
            throw new NotFoundException("Mail account", account);
        }
        try {
            return component.fetch();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new MailServerException("receiving " + account + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public MailMessage retry(long messageId) {
        Caller caller = callers.require(Role.OPERATOR);
        MailMessage message = visible(caller, messageId);
        if (!caller.has(Role.ADMIN) && !caller.username().equals(message.createdBy())) {
            throw new AccessDeniedException(caller.username() + " may send again only their own messages");
        }
        outbox.requeueFailed(messageId);
        return messages.find(messageId).orElseThrow();
    }
}
