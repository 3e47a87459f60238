package dev.relacja.mailbox.api;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
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

    Optional<MailMessage> find(long messageId);

    Page<MailSummary> search(MessageQuery query, PageRequest page);

    /** Checks the account's folders now instead of at the next poll. */
    FetchReport fetchNow(String account);

    /** Sends a failed message again from the start (admins and its author). */
    MailMessage retry(long messageId);
}
