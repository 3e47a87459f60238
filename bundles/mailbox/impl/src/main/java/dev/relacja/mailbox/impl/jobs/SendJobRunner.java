package dev.relacja.mailbox.impl.jobs;

import dev.relacja.camel.CamelContextFactory;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.files.FileService;
import dev.relacja.mailbox.api.MailTemplateService;
import dev.relacja.mailbox.api.MailboxService;
import dev.relacja.mailbox.impl.persistence.SendJobStore;
import dev.relacja.mailbox.impl.persistence.SendJobStore.JobSpec;
import java.security.PrivilegedAction;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works off the running send jobs: a timer route ({@code relacja-mail-send-jobs}, not to clash with an account's) every two seconds prepares up to
 * {@value #BATCH} records of each, as the operator who created the job. Jobs are in the database, so a restart
 * goes on where it stopped.
 */
@Component(service = SendJobRunner.class, immediate = true)
public class SendJobRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SendJobRunner.class);
    static final int BATCH = 50;

    private final SendJobStore store;
    private final SendJobWorker worker;
    private final CamelContext camel;
    /** Set when the component stops: a round in hand ends after its current record. */
    private volatile boolean stopped;

    @Activate
    public SendJobRunner(@Reference CamelContextFactory camelContexts, @Reference SendJobStore store,
            @Reference(target = "(osgi.unit.name=relacja-mailbox)") JpaTemplate mailJpa, @Reference Printouts printouts,
            @Reference CounterpartyService counterparties, @Reference MailTemplateService templates,
            @Reference MailboxService mailbox, @Reference FileService files) {
        this.store = store;
        worker = new SendJobWorker(store, mailJpa, printouts, counterparties, templates, mailbox, files);
        camel = camelContexts.create("mail-send-jobs", new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(SendJobRunner.this::logFailure);
                from("timer:mail-send-jobs?delay=2000&period=2000").routeId("send-jobs").process(exchange -> runAll());
            }
        });
    }

    /** One round over the running jobs. */
    void runAll() {
        for (JobSpec job : store.running()) {
            if (stopped) {
                return;
            }
            int done = asCreator(job, () -> worker.work(job, BATCH, () -> !stopped));
            LOG.debug("Send job {}: {} records prepared this round", job.id(), done);
        }
    }

    @SuppressWarnings("removal") // Subject.doAs: Karaf 4.4's JAAS Subjects still travel this way on Java 17
    private static int asCreator(JobSpec job, PrivilegedAction<Integer> work) {
        Subject creator = new Subject(true, Set.of(new UserPrincipal(job.createdBy())), Set.of(), Set.of());
        return Subject.doAs(creator, work);
    }

    private void logFailure(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.warn("Send jobs: a round failed, the next one tries again: {}", failure == null ? "?" : failure.getMessage());
        LOG.debug("Send jobs: the failure in full", failure);
    }

    @Deactivate
    void stop() {
        stopped = true;
        camel.stop();
    }
}
