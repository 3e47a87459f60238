package dev.relacja.mailbox.impl.command;

import dev.relacja.mailbox.api.FetchReport;
import dev.relacja.mailbox.api.MailboxService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "crm", name = "mail-fetch", description = "Receive an account's IMAP folders now")
public class MailFetchCommand implements Action {
    @Reference
    MailboxService mailbox;

    @Argument(index = 0, name = "account", required = true, description = "The account's name (crm:mail-accounts)")
    String account;

    @Override
    public Object execute() {
        FetchReport report = mailbox.fetchNow(account);
        System.out.println(report.stored() + " stored, " + report.duplicates() + " already there, " + report.quarantined()
                + " quarantined");
        return null;
    }
}
