package dev.relacja.mailbox.impl;

import dev.relacja.contacts.impl.CounterpartyServiceImpl;
import dev.relacja.contacts.impl.persistence.CounterpartyStore;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.records.RecordResolver;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.core.impl.DataDirectory;
import dev.relacja.core.impl.files.JpaFileService;
import dev.relacja.core.impl.records.ResolversForTests;
import dev.relacja.mailbox.api.MailSecurity;
import dev.relacja.mailbox.impl.account.AccountConfig;
import dev.relacja.mailbox.impl.account.AccountSettings;
import dev.relacja.mailbox.impl.inbound.Classifiers;
import dev.relacja.mailbox.impl.inbound.Inbox;
import dev.relacja.mailbox.impl.persistence.InboxStore;
import dev.relacja.mailbox.impl.persistence.MessageReader;
import dev.relacja.mailbox.impl.persistence.OutboxStore;
import dev.relacja.mailbox.impl.persistence.RecordLinkStore;
import dev.relacja.testing.TestDatabase;
import dev.relacja.testing.TestOperators;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.security.AccessController;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.TransactionSynchronizationRegistry;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.framework.BundleContext;

/**
 * The mailbox over an in-memory Derby database with the real contacts module and the core's real file store beside
 * it; operators in memory; the caller is whoever a JAAS Subject names (as on the account's routes) or the one the
 * test signs in with {@link #as}.
 */
public final class MailboxFixture implements AutoCloseable {
    public final TestDatabase db = new TestDatabase().migrate("core").migrate("contacts").migrate("mailbox");
    public final TestOperators operators = new TestOperators();
    public final List<String> events = new CopyOnWriteArrayList<>();
    public final CounterpartyServiceImpl counterparties;
    public final JpaFileService files;
    public final InboxStore inboxStore;
    public final OutboxStore outbox;
    public final MessageReader reader;
    public final Inbox inbox;
    public final MailboxServiceImpl mailbox;
    public final RecordTitles titles = new RecordTitles();
    public final Classifiers classifiers;
    private volatile Caller caller;

    @SuppressWarnings("removal") // as the core's SubjectCallerContext does on Java 17
    public final CallerContext callers = () -> {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            return subject.getPrincipals(UserPrincipal.class).stream().findFirst()
                    .flatMap(p -> operators.findByUsername(p.getName())).map(MailboxFixture::callerOf);
        }
        return Optional.ofNullable(caller);
    };

    public MailboxFixture(Path data, Clock clock) {
        operators.add(1, "admin", Role.ADMIN, null);
        DomainEvents recorded = (module, event, properties) -> events.add(module + "/" + event + " " + properties.get("id"));
        counterparties = new CounterpartyServiceImpl(CounterpartyStore.over(db.jpa("relacja-contacts"), clock), callers,
                operators, (module, event, properties) -> { });
        var mailJpa = db.jpa("relacja-mailbox");
        inboxStore = InboxStore.over(mailJpa, clock);
        outbox = OutboxStore.over(mailJpa, clock);
        reader = MessageReader.over(mailJpa);
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> method.getName().equals("getProperty")
                        && "relacja.data".equals(args[0]) ? data.toString() : null);
        // outside a JTA transaction: whatever waits for a commit runs at once
        TransactionSynchronizationRegistry noTransaction = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {TransactionSynchronizationRegistry.class}, (p, m, a) -> null);
        Map<String, RecordResolver> resolvers = Map.of(MailRecords.TYPE, new MailRecords(reader),
                "invoice", r -> Optional.of("FS/" + r.id() + "/11/2026"),
                "counterparty", r -> counterparties.find(r.id()).map(c -> c.code()));
        resolvers.forEach((type, resolver) -> titles.addResolver(resolver, Map.of(RecordResolver.TYPES, type)));
        files = new JpaFileService(db.jpa("relacja-core"), callers, ResolversForTests.of(resolvers), recorded, noTransaction, new DataDirectory(context), null, new JpaFileService.Config() {
                    @Override
                    public int maxMegabytes() {
                        return 10;
                    }

                    @Override
                    public Class<? extends Annotation> annotationType() {
                        return JpaFileService.Config.class;
                    }
                });
        RecordLinkStore links = RecordLinkStore.over(mailJpa, clock);
        classifiers = new Classifiers(reader, links, titles);
        inbox = new Inbox(inboxStore, counterparties, files, recorded, classifiers);
        mailbox = new MailboxServiceImpl(callers, outbox, reader, files, counterparties,
                links, titles);
    }

    public MailboxFixture as(String username) {
        caller = callerOf(operators.findByUsername(username).orElseThrow());
        return this;
    }

    public MailboxFixture signOut() {
        caller = null;
        return this;
    }

    public Operator operator(long id, String username, Role role) {
        return operators.add(id, username, role, null);
    }

    private static Caller callerOf(Operator operator) {
        return new Caller(operator.id(), operator.username(), operator.role(), Set.of());
    }

    @Override
    public void close() {
        db.close();
    }

    /** An account on loopback without TLS: IMAP and SMTP ports as given (0: none), other keys as {@code overrides} say. */
    public static AccountSettings account(String name, String address, int imapPort, int smtpPort, Map<String, Object> overrides) {
        return AccountSettings.of(config(name, address, imapPort, smtpPort, overrides));
    }

    public static AccountConfig config(String name, String address, int imapPort, int smtpPort, Map<String, Object> overrides) {
        Map<String, Object> values = new HashMap<>(Map.of(
                "name", name, "address", address, "imapHost", imapPort == 0 ? "" : "127.0.0.1", "imapPort", imapPort,
                "imapSecurity", MailSecurity.NONE, "imapPassword", "haslo-imap",
                "smtpHost", smtpPort == 0 ? "" : "127.0.0.1", "smtpPort", smtpPort, "smtpSecurity", MailSecurity.NONE));
        values.putAll(overrides);
        return (AccountConfig) Proxy.newProxyInstance(MailboxFixture.class.getClassLoader(), new Class<?>[] {AccountConfig.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return AccountConfig.class;
                    }
                    return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
                });
    }
}
