package dev.relacja.mailbox.impl.inbound;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.contacts.api.EmailOwner;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.files.NewFile;
import dev.relacja.core.api.files.StoredFile;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.mailbox.api.MailAttachment;
import dev.relacja.mailbox.impl.MailRecords;
import dev.relacja.mailbox.impl.account.AccountSettings;
import dev.relacja.mailbox.impl.persistence.InboxStore;
import dev.relacja.mailbox.impl.persistence.NewReceived;
import dev.relacja.mailbox.impl.persistence.ThreadMatch;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Stores one received message exactly once: by its UID (a row for it exists: nothing to do, or finish what a crash
 * interrupted) and by its Message-ID (already received through another folder: skipped). A message that cannot be
 * read goes to the quarantine with the reason and its raw bytes. Stored ones are linked to the counterparty and
 * contact person of the sender's address and threaded to what they answer.
 */
@Component(service = Inbox.class)
public class Inbox {
    private static final Pattern TOKEN = Pattern.compile("(.+)\\+([a-z2-9]{16})(@.+)");

    /** What receiving one message did. */
    public enum Outcome { STORED, DUPLICATE, QUARANTINED }

    private final InboxStore store;
    private final CounterpartyService counterparties;
    private final FileService files;
    private final DomainEvents events;
    private final Classifiers classifiers;

    @Activate
    public Inbox(@Reference InboxStore store, @Reference CounterpartyService counterparties, @Reference FileService files,
            @Reference DomainEvents events, @Reference Classifiers classifiers) {
        this.store = store;
        this.counterparties = counterparties;
        this.files = files;
        this.events = events;
        this.classifiers = classifiers;
    }

    public Outcome receive(AccountSettings account, String folder, long uidValidity, long uid, byte[] raw) {
        Optional<InboxStore.StoredUid> stored = store.byUid(account.name(), folder, uidValidity, uid);
        if (stored.isPresent() && !stored.get().incomplete()) {
            store.advance(account.name(), folder, uidValidity, uid);
            return Outcome.DUPLICATE;
        }
        ParsedMail mail;
        try {
            mail = InboundReader.read(raw);
        } catch (MalformedMailException e) {
            long id = stored.map(InboxStore.StoredUid::id).orElseGet(() -> store.store(quarantined(account, folder,
                    uidValidity, uid, e.getMessage()), true));
            attach(id, List.of(new ParsedMail.Part("message.eml", "message/rfc822", raw)));
            return Outcome.QUARANTINED;
        }
        if (stored.isEmpty() && mail.messageId() != null && store.hasReceived(account.name(), mail.messageId())) {
            store.advance(account.name(), folder, uidValidity, uid);
            return Outcome.DUPLICATE;
        }
        // marked before the report is stored, so a crash in between marks it again when the report is fetched again
        Optional<Long> bounced = mail.report() == null ? Optional.empty() : bounced(account, mail.report());
        long id;
        if (stored.isPresent()) {
            id = stored.get().id();
        } else {
            id = store.store(received(account, folder, uidValidity, uid, mail), !mail.attachments().isEmpty());
        }
        if (!mail.attachments().isEmpty()) {
            attach(id, mail.attachments());
        }
        Map<String, Object> event = new HashMap<>();
        event.put("id", id);
        event.put("account", account.name());
        events.publishAfterCommit("mailbox", "RECEIVED", event);
        // after the message is complete, so at most once: a crash before that finishes and classifies it on the next fetch
        classifiers.classify(id);
        bounced.ifPresent(original -> {
            Map<String, Object> bounce = new HashMap<>();
            bounce.put("id", original);
            bounce.put("account", account.name());
            bounce.put("report", id);
            bounce.put("recipients", mail.report().failures().stream().map(DeliveryReport.Failure::recipient).toList());
            events.publishAfterCommit("mailbox", "BOUNCED", bounce);
        });
        return Outcome.STORED;
    }

    /**
     * A delivery report saying the account's message could not be delivered marks it BOUNCED, with whom and why;
     * answers that message's id when it changed it (so a report fetched again announces nothing twice).
     */
    private Optional<Long> bounced(AccountSettings account, DeliveryReport report) {
        // anyone who got the message knows its Message-ID: a report counts only when it returns what this account sent
        if (report.originalMessageId() == null || report.failures().isEmpty()
                || !account.from().address().equalsIgnoreCase(report.originalFrom())) {
            return Optional.empty();
        }
        String reason = "Not delivered to " + report.failures().stream().map(DeliveryReport.Failure::toString)
                .collect(Collectors.joining("; "));
        return store.markBounced(account.name(), report.originalMessageId(), reason);
    }

    /**
     * Quarantines a message that could be read but not stored (whatever the reason), so that it never blocks the
     * ones after it; the reason and its raw bytes are kept.
     */
    public void quarantine(AccountSettings account, String folder, long uidValidity, long uid, byte[] raw, String reason) {
        long id = store.byUid(account.name(), folder, uidValidity, uid).map(InboxStore.StoredUid::id)
                .orElseGet(() -> store.store(quarantined(account, folder, uidValidity, uid, reason), true));
        attach(id, List.of(new ParsedMail.Part("message.eml", "message/rfc822", raw)));
    }

    /** Stores the parts as core files of the message (dropping what an interrupted attempt left) and shows it. */
    private void attach(long id, List<ParsedMail.Part> parts) {
        RecordRef owner = new RecordRef(MailRecords.TYPE, id);
        files.filesOf(owner).forEach(f -> files.detach(f.id()));
        List<NewFile> newFiles = new ArrayList<>(parts.size());
        for (ParsedMail.Part part : parts) {
            newFiles.add(new NewFile(owner, part.filename(), part.contentType(), new ByteArrayInputStream(part.content())));
        }
        List<MailAttachment> attachments = new ArrayList<>(parts.size());
        for (StoredFile file : files.attachAll(newFiles)) {
            attachments.add(new MailAttachment(file.id(), file.filename(), file.contentType(), file.size()));
        }
        store.complete(id, attachments);
    }

    private NewReceived received(AccountSettings account, String folder, long uidValidity, long uid, ParsedMail mail) {
        Optional<EmailOwner> owner = mail.from() == null ? Optional.empty()
                : counterparties.ownerOfEmail(mail.from().address());
        ThreadMatch thread = thread(account, mail).orElse(null);
        return new NewReceived(account.name(), folder, uidValidity, uid, mail.messageId(), mail.inReplyTo(),
                mail.references().isEmpty() ? null : String.join(" ", mail.references()), mail.from(), mail.to(),
                mail.cc(), mail.replyTo(), mail.subject(), mail.sentAt(), mail.text(), mail.html(),
                owner.map(EmailOwner::counterpartyId).orElse(null), owner.map(EmailOwner::contactPersonId).orElse(null),
                thread, null, account.actAs());
    }

    /** By the Message-IDs it answers, else by a reply token in an address it was delivered to. */
    private Optional<ThreadMatch> thread(AccountSettings account, ParsedMail mail) {
        List<String> answered = new ArrayList<>(mail.references());
        if (mail.report() != null && mail.report().originalMessageId() != null) {
            answered.add(mail.report().originalMessageId()); // a bounce belongs to the thread of what it returns
        }
        Optional<ThreadMatch> byReferences = store.threadOfMessageIds(answered);
        if (byReferences.isPresent()) {
            return byReferences;
        }
        String own = account.from().address();
        for (String recipient : mail.recipients()) {
            Matcher m = TOKEN.matcher(recipient);
            if (m.matches() && (m.group(1) + m.group(3)).equalsIgnoreCase(own)) {
                Optional<ThreadMatch> byToken = store.threadOfToken(m.group(2));
                if (byToken.isPresent()) {
                    return byToken;
                }
            }
        }
        return Optional.empty();
    }

    private static NewReceived quarantined(AccountSettings account, String folder, long uidValidity, long uid, String reason) {
        return new NewReceived(account.name(), folder, uidValidity, uid, null, null, null, null, List.of(), List.of(), null,
                null, null, null, null, null, null, null, reason, account.actAs());
    }
}
