package dev.relacja.mailbox.impl;

import dev.relacja.mailbox.api.FetchReport;
import dev.relacja.mailbox.impl.account.AccountSettings;
import dev.relacja.mailbox.impl.account.ConfiguredAccount;
import dev.relacja.mailbox.impl.inbound.ImapFetcher;
import java.security.PrivilegedExceptionAction;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** An account as its component would be, without timer routes: the test says when to receive. */
public final class FixedAccount implements ConfiguredAccount {
    private final AccountSettings settings;
    private final MailboxFixture f;

    public FixedAccount(AccountSettings settings, MailboxFixture f) {
        this.settings = settings;
        this.f = f;
    }

    @Override
    public AccountSettings settings() {
        return settings;
    }

    @Override
    @SuppressWarnings("removal") // Subject.doAs, as the component runs it
    public FetchReport fetch() throws Exception {
        Subject actor = new Subject(true, Set.of(new UserPrincipal(settings.actAs())), Set.of(), Set.of());
        try (ImapFetcher fetcher = new ImapFetcher(settings, f.inbox, f.inboxStore)) {
            return Subject.doAs(actor, (PrivilegedExceptionAction<FetchReport>) fetcher::fetch);
        }
    }
}
