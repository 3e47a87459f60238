package dev.relacja.mailbox.impl.account;

import dev.relacja.camel.CamelContextFactory;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.files.FileService;
import dev.relacja.mailbox.api.FetchReport;
import dev.relacja.mailbox.impl.inbound.IdleWatcher;
import dev.relacja.mailbox.impl.inbound.ImapFetcher;
import dev.relacja.mailbox.impl.inbound.Inbox;
import dev.relacja.mailbox.impl.outbound.OutboxSender;
import dev.relacja.mailbox.impl.persistence.InboxStore;
import dev.relacja.mailbox.impl.persistence.OutboxStore;
import jakarta.mail.Session;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.security.auth.Subject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured account at work: its own CamelContext ({@code relacja-mailbox-<name>}) with a timer route that
 * receives its IMAP folders every {@code pollSeconds} (and, with {@code idle}, one that waits in IMAP IDLE and
 * receives as soon as the server announces a change) and one that sends its outbox every second. The routes give
 * the schedule and the error handling; the IMAP and SMTP work is Jakarta Mail directly, because camel-mail marks
 * messages SEEN, opens a connection per message and records a message as done before it is stored. Everything
 * runs as the account's {@code actAs} operator.
 */
@Component(service = ConfiguredAccount.class, configurationPid = AccountConfig.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AccountConfig.class, factory = true)
public class MailAccountComponent implements ConfiguredAccount {
    private static final Logger LOG = LoggerFactory.getLogger(MailAccountComponent.class);

    private final AccountSettings settings;
    private final Subject actor;
    private final ImapFetcher fetcher;
    private final IdleWatcher idler;
    private final OutboxSender sender;
    private final CamelContext camel;

    @Activate
    public MailAccountComponent(@Reference CamelContextFactory camelContexts, @Reference Inbox inbox,
            @Reference InboxStore inboxStore, @Reference OutboxStore outbox, @Reference FileService files,
            @Reference DomainEvents events, AccountConfig config) {
        settings = AccountSettings.of(config);
        actor = new Subject(true, Set.of(new UserPrincipal(settings.actAs())), Set.of(), Set.of());
        fetcher = settings.imap() == null ? null : new ImapFetcher(settings, inbox, inboxStore);
        idler = settings.idle() ? new IdleWatcher(settings, Clock.systemUTC()) : null;
        sender = settings.smtp() == null ? null : new OutboxSender(settings, outbox, files, events, Clock.systemUTC());
        if (sender != null) {
            sender.recover();
        }
        camel = camelContexts.create("mailbox-" + settings.name(), new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(MailAccountComponent.this::logFailure);
                if (fetcher != null) {
                    from("timer:mail-fetch-" + settings.name() + "?delay=1000&period=" + settings.pollSeconds() * 1000L)
                            .routeId("fetch-" + settings.name())
                            .process(exchange -> fetch());
                }
                if (idler != null) {
                    // blocks in IDLE on its own timer thread; each change the server announces is received at once
                    from("timer:mail-idle-" + settings.name() + "?delay=1000&period=1000")
                            .routeId("idle-" + settings.name())
                            .process(exchange -> receiveOnChange());
                    from("timer:mail-idle-renew-" + settings.name() + "?delay=60000&period=60000")
                            .routeId("idle-renew-" + settings.name())
                            .process(exchange -> idler.renewIfOlderThan(IdleWatcher.MAX_IDLE));
                }
                if (sender != null) {
                    from("timer:mail-send-" + settings.name() + "?delay=500&period=1000")
                            .routeId("send-" + settings.name())
                            .process(exchange -> drain());
                }
            }
        });
        LOG.info("Mail {} is on: receiving {}, sending {}", settings.name(),
                fetcher == null ? "off" : settings.folders() + " every " + settings.pollSeconds() + " s"
                        + (idler == null ? "" : " and at once by IMAP IDLE on " + settings.folders().get(0)),
                sender == null ? "off" : "through " + settings.smtp().host());
    }

    @Override
    public AccountSettings settings() {
        return settings;
    }

    @Override
    public FetchReport fetch() throws Exception {
        if (fetcher == null) {
            throw new ConflictException("account", "account " + settings.name() + " has no IMAP server to receive from");
        }
        return asActor(fetcher::fetch);
    }

    private void receiveOnChange() throws Exception {
        if (asActor(idler::await) == IdleWatcher.Wake.CHANGED) {
            fetch();
        }
    }

    /** Sends what is due in the account's outbox now; answers how many went. */
    public int drain() throws Exception {
        return sender == null ? 0 : asActor(sender::drain);
    }

    /** Jakarta Mail and Activation find their providers through the context class loader: the Camel runtime's, which embeds them. */
    @SuppressWarnings("removal") // Subject.doAs: Karaf 4.4's JAAS Subjects still travel this way on Java 17
    private <T> T asActor(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return Subject.doAs(actor, (PrivilegedExceptionAction<T>) work::call);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void logFailure(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.warn("Mail {}: {} failed, the next round tries again: {}", settings.name(),
                exchange.getFromRouteId(), failure == null ? "?" : failure.getMessage());
        LOG.debug("Mail {}: the failure in full", settings.name(), failure);
    }

    @Deactivate
    void stop() {
        if (idler != null) {
            idler.close();
        }
        camel.stop();
        if (fetcher != null) {
            fetcher.close();
        }
        if (sender != null) {
            sender.close();
        }
    }
}
