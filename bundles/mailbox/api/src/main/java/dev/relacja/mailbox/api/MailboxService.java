package dev.relacja.mailbox.api;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.records.RecordRef;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The company mailboxes as the signed-in operator sees them: only the accounts they may use (admins: all) and
 * those accounts' messages.
 */
@ProviderType
public interface MailboxService {

    List<MailAccount> accounts();

    /**
     * Puts a message into the outbox, inside the caller's transaction when there is one (so it leaves only if the
     * business action that wrote it commits); the outbox route sends it.
     *
     * @throws dev.relacja.core.api.error.ValidationException naming each bad field
     */
    MailMessage send(OutgoingMail mail);

    /**
     * Like {@link #send}, but at most once per {@code key}: when a message with this key was queued before, whatever
     * became of it, that message is answered and nothing is queued. For system mail a caller may repeat after a crash
     * (an alert, say). The Message-ID starts with the key ({@code <key.<token>@domain>}).
     *
     * @param key letters, digits, '-', '_' and single dots, at most 200, e.g. {@code relacja-alert-42}
     * @throws dev.relacja.core.api.error.ValidationException for a bad key or a bad field of {@code mail}
     * @throws dev.relacja.core.api.error.ConflictException when the key's message is in an account the caller may not
     *         use, or another request queued the key at the same moment (then ask again)
     */
    MailMessage sendOnce(String key, OutgoingMail mail);

    /**
     * Answers a message: to its sender (or Reply-To) unless {@code mail} names recipients, the subject with "Re: "
     * unless given, threaded to it (In-Reply-To, References) and about the same records, from the account it came to.
     */
    MailMessage reply(long messageId, OutgoingMail mail);

    /**
     * Forwards a message to the recipients {@code mail} names: "Fwd: " its subject unless one is given, {@code mail}'s
     * text above the forwarded one (with its sender, date, subject and recipients), its attachments and records
     * carried over, in the same thread and linked to the same counterparty; from the account it came through unless
     * another is named.
     */
    MailMessage forward(long messageId, OutgoingMail mail);

    /**
     * Files the message under another record too (it then shows in that record's mail, and replies thread to it),
     * writing an audit entry; linking what is linked already changes nothing.
     *
     * @throws dev.relacja.core.api.error.ValidationException when no installed module knows the record
     */
    MailMessage link(long messageId, RecordRef record);

    /** Takes the record off the message, writing an audit entry; a record it is not about changes nothing. */
    MailMessage unlink(long messageId, RecordRef record);

    /** What operators did to the message, oldest first. */
    List<MailAuditEntry> audit(long messageId);

    Optional<MailMessage> find(long messageId);

    Page<MailSummary> search(MessageQuery query, PageRequest page);

    /** Checks the account's folders now instead of at the next poll. */
    FetchReport fetchNow(String account);

    /** Sends a failed message again from the start (admins and its author). */
    MailMessage retry(long messageId);
}
