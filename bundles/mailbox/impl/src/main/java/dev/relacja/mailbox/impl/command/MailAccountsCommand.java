package dev.relacja.mailbox.impl.command;

import dev.relacja.mailbox.api.MailAccount;
import dev.relacja.mailbox.api.MailboxService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "crm", name = "mail-accounts", description = "List the mail accounts you may use (without passwords)")
public class MailAccountsCommand implements Action {
    @Reference
    MailboxService mailbox;

    @Override
    public Object execute() {
        for (MailAccount a : mailbox.accounts()) {
            System.out.println(a.name() + "  " + (a.displayName() == null ? "" : a.displayName() + " ") + "<" + a.address() + ">");
            System.out.println("    receive: " + (a.imapHost().isEmpty() ? "off" : a.imapHost() + ":" + a.imapPort() + " "
                    + a.imapSecurity() + " as " + a.imapUser() + ", folders " + a.folders() + " every " + a.pollSeconds()
                    + " s" + (a.sentFolder().isEmpty() ? "" : ", sent copies in " + a.sentFolder())));
            System.out.println("    send:    " + (a.smtpHost().isEmpty() ? "off" : a.smtpHost() + ":" + a.smtpPort() + " "
                    + a.smtpSecurity() + (a.smtpUser() == null ? "" : " as " + a.smtpUser())
                    + (a.sendsPerMinute() == 0 ? "" : ", at most " + a.sendsPerMinute() + " a minute")));
            System.out.println("    for:     " + (a.operators().isEmpty() ? "every operator" : String.join(", ", a.operators())));
        }
        return null;
    }
}
