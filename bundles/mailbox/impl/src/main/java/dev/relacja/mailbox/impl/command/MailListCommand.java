package dev.relacja.mailbox.impl.command;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.mailbox.api.MailFolder;
import dev.relacja.mailbox.api.MailSummary;
import dev.relacja.mailbox.api.MailboxService;
import dev.relacja.mailbox.api.MessageQuery;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "crm", name = "mail-list", description = "List messages, newest first")
public class MailListCommand implements Action {
    @Reference
    MailboxService mailbox;

    @Option(name = "--folder", description = "INBOX, SENT, OUTBOX or QUARANTINE")
    String folder;

    @Option(name = "--account", description = "Only this account")
    String account;

    @Option(name = "--counterparty", description = "Only this counterparty's (its id)")
    Long counterparty;

    @Option(name = "-q", description = "Text in the subject or the addresses")
    String text;

    @Option(name = "--limit", description = "At most this many (1 to 500)")
    int limit = 20;

    @Override
    public Object execute() {
        MailFolder wanted = null;
        if (folder != null) {
            try {
                wanted = MailFolder.valueOf(folder.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("folder", "folder is INBOX, SENT, OUTBOX or QUARANTINE");
            }
        }
        Page<MailSummary> page = mailbox.search(new MessageQuery(account, wanted, counterparty, null, text, null),
                new PageRequest(0, limit));
        System.out.println(page.total() + " message(s)");
        for (MailSummary s : page.items()) {
            System.out.println("#" + s.id() + " " + s.at() + " " + s.folder() + " " + s.status() + " " + s.from() + " → "
                    + s.to() + " \"" + s.subject() + "\"" + (s.hasAttachments() ? " [files]" : "")
                    + (s.counterpartyId() == null ? "" : " counterparty " + s.counterpartyId()));
        }
        return null;
    }
}
