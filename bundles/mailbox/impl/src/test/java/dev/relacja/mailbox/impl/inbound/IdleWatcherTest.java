package dev.relacja.mailbox.impl.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.mailbox.impl.MailServers;
import dev.relacja.mailbox.impl.MailboxFixture;
import dev.relacja.mailbox.impl.account.AccountSettings;
import dev.relacja.mailbox.impl.inbound.IdleWatcher.Wake;
import dev.relacja.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** IMAP IDLE against GreenMail on loopback: a new message wakes the watcher, closing ends a wait, an outage pauses it. */
class IdleWatcherTest {
    private static final long BOUND_SECONDS = 30;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    private final MailServers servers = new MailServers();
    private final ExecutorService waiting = Executors.newSingleThreadExecutor();
    private AccountSettings account;

    @BeforeEach
    void setUp() {
        servers.start();
        account = MailboxFixture.account("biuro", MailServers.ADDRESS, servers.imapPort, 0,
                Map.of("idle", true, "pollSeconds", 300));
    }

    @AfterEach
    void tearDown() {
        waiting.shutdownNow();
        servers.stop();
    }

    @Test
    void aMessageArrivingWhileIdleWakesTheWatcher() throws Exception {
        assertTrue(account.idle());
        try (IdleWatcher watcher = new IdleWatcher(account, clock)) {
            Future<Wake> wake = waiting.submit(watcher::await);
            while (!watcher.watching() && !wake.isDone()) {
                Thread.sleep(20);
            }
            Thread.sleep(500);
            assertFalse(wake.isDone(), "it waits while nothing happens");
            // appended until one lands while the IDLE is on (one before it began is not announced)
            int appended = 0;
            while (!wake.isDone() && appended < 100) {
                servers.append("INBOX", MailServers.raw("<m" + appended + "@acme.pl>", "jan@acme.pl", "Nowa", "treść"));
                appended++;
                Thread.sleep(100);
            }
            assertEquals(Wake.CHANGED, wake.get(BOUND_SECONDS, TimeUnit.SECONDS));
        }
    }

    @Test
    void mailThatCameBetweenWaitsWakesAtOnceAndALongWaitIsRenewed() throws Exception {
        try (IdleWatcher watcher = new IdleWatcher(account, clock)) {
            Future<Wake> first = waiting.submit(watcher::await);
            awaitWatching(watcher, first);
            watcher.renewIfOlderThan(IdleWatcher.MAX_IDLE);
            Thread.sleep(300);
            assertFalse(first.isDone(), "a young wait is left alone");
            clock.advance(IdleWatcher.MAX_IDLE.plusMinutes(1));
            watcher.renewIfOlderThan(IdleWatcher.MAX_IDLE);
            assertEquals(Wake.CHANGED, first.get(BOUND_SECONDS, TimeUnit.SECONDS), "renewed: the fetcher looks once more");

            servers.append("INBOX", MailServers.raw("<between@acme.pl>", "jan@acme.pl", "Między", "treść"));
            assertEquals(Wake.CHANGED, watcher.await(), "what came between two waits is not left to the poll");

            Future<Wake> quiet = waiting.submit(watcher::await);
            awaitWatching(watcher, quiet);
            assertTrue(watcher.watching(), "nothing new: it waits");
        }
    }

    private static void awaitWatching(IdleWatcher watcher, Future<Wake> wake) throws InterruptedException {
        while (!watcher.watching() && !wake.isDone()) {
            Thread.sleep(20);
        }
    }

    @Test
    void closingEndsAWaitInProgress() throws Exception {
        IdleWatcher watcher = new IdleWatcher(account, clock);
        Future<Wake> wake = waiting.submit(watcher::await);
        while (!watcher.watching() && !wake.isDone()) {
            Thread.sleep(20);
        }

        watcher.close();

        assertEquals(Wake.IDLE_UNAVAILABLE, wake.get(BOUND_SECONDS, TimeUnit.SECONDS));
        assertEquals(Wake.IDLE_UNAVAILABLE, watcher.await(), "a closed watcher never waits again");
    }

    @Test
    void aServerThatIsAwayIsTriedAgainAfterAPause() throws Exception {
        servers.stop();
        try (IdleWatcher watcher = new IdleWatcher(account, clock)) {
            assertEquals(Wake.IDLE_UNAVAILABLE, watcher.await());
            servers.start();
            assertEquals(Wake.IDLE_UNAVAILABLE, watcher.await(), "still pausing: not even a connection is tried");

            clock.advance(Duration.ofMinutes(1));
            Future<Wake> wake = waiting.submit(watcher::await);
            while (!watcher.watching() && !wake.isDone()) {
                Thread.sleep(20);
            }
            assertTrue(watcher.watching(), "after the pause it connects and waits again");
            watcher.close();
            assertEquals(Wake.IDLE_UNAVAILABLE, wake.get(BOUND_SECONDS, TimeUnit.SECONDS));
        }
    }
}
