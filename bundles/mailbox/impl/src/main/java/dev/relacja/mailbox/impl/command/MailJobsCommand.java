package dev.relacja.mailbox.impl.command;

import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.mailbox.api.SendJob;
import dev.relacja.mailbox.api.SendJobItem;
import dev.relacja.mailbox.api.SendJobService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Lists send jobs with their progress, shows one job's records, pauses or resumes a job. */
@Service
@Command(scope = "crm", name = "mail-jobs", description = "List serial send jobs and their progress; show, pause or resume one")
public class MailJobsCommand implements Action {
    @Reference
    SendJobService jobs;

    @Option(name = "--items", description = "Show what became of each record of this job")
    Long items;

    @Option(name = "--pause", description = "Pause this job after the record in hand")
    Long pause;

    @Option(name = "--resume", description = "Resume this paused job")
    Long resume;

    @Override
    public Object execute() {
        if (pause != null) {
            System.out.println(line(jobs.pause(pause)));
        } else if (resume != null) {
            System.out.println(line(jobs.resume(resume)));
        } else if (items != null) {
            SendJob job = jobs.find(items).orElseThrow(() -> new IllegalArgumentException("No send job " + items));
            System.out.println(line(job));
            for (SendJobItem item : jobs.items(items, new PageRequest(0, 500)).items()) {
                System.out.println("  " + job.recordType() + ":" + item.recordId() + " " + item.status()
                        + (item.recipient() == null ? "" : " to " + item.recipient())
                        + (item.messageStatus() == null ? "" : " message #" + item.messageId() + " " + item.messageStatus())
                        + (item.reason() == null ? "" : " — " + item.reason()));
            }
        } else {
            jobs.list().forEach(job -> System.out.println(line(job)));
        }
        return null;
    }

    static String line(SendJob job) {
        return "#" + job.id() + " " + job.status() + " \"" + job.name() + "\" " + job.recordType() + " via " + job.account()
                + " (" + job.template() + ", " + job.language() + "): " + job.sent() + "/" + job.total() + " sent, "
                + job.queued() + " queued, " + job.pending() + " pending, " + job.skipped() + " skipped, " + job.failed()
                + " failed, " + job.undelivered() + " undelivered; by " + job.createdBy();
    }
}
