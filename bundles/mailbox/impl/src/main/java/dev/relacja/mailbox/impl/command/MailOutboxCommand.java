package dev.relacja.mailbox.impl.command;

import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.mailbox.api.MailFolder;
import dev.relacja.mailbox.api.MailMessage;
import dev.relacja.mailbox.api.MailSummary;
import dev.relacja.mailbox.api.MailboxService;
import dev.relacja.mailbox.api.MessageQuery;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "crm", name = "mail-outbox", description = "List the messages waiting to be sent or given up on, or send a failed one again")
public class MailOutboxCommand implements Action {
    @Reference
    MailboxService mailbox;

    @Option(name = "--account", description = "Only this account's outbox")
    String account;

    @Option(name = "--retry", description = "Send this failed message again from the start")
    Long retry;

    @Option(name = "--limit", description = "At most this many (1 to 500)")
    int limit = 50;

    @Override
    public Object execute() {
        if (retry != null) {
            MailMessage again = mailbox.retry(retry);
            System.out.println("#" + again.id() + " is " + again.status() + " again");
            return null;
        }
        var page = mailbox.search(new MessageQuery(account, MailFolder.OUTBOX, null, null, null, null),
                new PageRequest(0, limit));
        System.out.println(page.total() + " in the outbox");
        for (MailSummary s : page.items()) {
            MailMessage m = mailbox.find(s.id()).orElseThrow();
            System.out.println("#" + m.id() + " " + m.account() + " " + m.status() + " " + m.at() + " to " + s.to() + " \""
                    + m.subject() + "\" attempts " + m.attempts() + (m.error() == null ? "" : " — " + m.error()));
        }
        return null;
    }
}
