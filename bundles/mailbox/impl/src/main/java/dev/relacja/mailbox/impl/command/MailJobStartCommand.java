package dev.relacja.mailbox.impl.command;

import dev.relacja.mailbox.api.SendJobRequest;
import dev.relacja.mailbox.api.SendJobService;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Starts a serial send job: one template, the given records, each to its counterparty with its printout. */
@Service
@Command(scope = "crm", name = "mail-job-start", description = "Send one template about many records, each with its printout")
public class MailJobStartCommand implements Action {
    @Reference
    SendJobService jobs;

    @Argument(index = 0, name = "template", required = true, description = "The mail template's code, e.g. invoice")
    String template;

    @Argument(index = 1, name = "recordIds", required = false, multiValued = true,
            description = "The records (invoice ids; counterparty ids for payment reminders and balance confirmations)")
    List<Long> recordIds;

    @Option(name = "--records-of", description = "Instead of record ids: a group of records, e.g. invoice-run:12 for the "
            + "invoices a run created")
    String recordsOf;

    @Option(name = "--account", description = "The account to send from (needed when you may use several)")
    String account;

    @Option(name = "--language", description = "pl (default) or en")
    String language;

    @Option(name = "--name", description = "What to call the job")
    String name;

    @Option(name = "--resend", description = "Also send records that an earlier job sent to the same address")
    boolean resend;

    @Override
    public Object execute() {
        System.out.println(MailJobsCommand.line(jobs.create(new SendJobRequest(name, account, template, language, null,
                recordIds == null ? List.of() : recordIds, resend, recordsOf))));
        return null;
    }
}
