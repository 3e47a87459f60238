package dev.relacja.mailbox.impl.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.mailbox.api.Classification;
import dev.relacja.mailbox.api.FetchReport;
import dev.relacja.mailbox.api.MailClassifier;
import dev.relacja.mailbox.api.MailFolder;
import dev.relacja.mailbox.api.MailMessage;
import dev.relacja.mailbox.api.MailStatus;
import dev.relacja.mailbox.api.MailSummary;
import dev.relacja.mailbox.api.MessageQuery;
import dev.relacja.mailbox.api.OutgoingMail;
import dev.relacja.mailbox.impl.FixedAccount;
import dev.relacja.mailbox.impl.MailServers;
import dev.relacja.mailbox.impl.MailboxFixture;
import dev.relacja.testing.MutableClock;
import dev.relacja.mailbox.impl.account.AccountSettings;
import dev.relacja.mailbox.impl.outbound.OutboxSender;
import dev.relacja.mailbox.impl.persistence.NewReceived;
import dev.relacja.mailbox.impl.persistence.SyncPoint;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receiving over IMAP from GreenMail on loopback: each message stored once, whatever the restarts; nothing marked SEEN. */
class ImapFetcherTest {
    @TempDir
    Path data;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final MailServers servers = new MailServers();
    private MailboxFixture f;
    private AccountSettings account;

    @BeforeEach
    void setUp() {
        servers.start();
        f = new MailboxFixture(data, clock);
        account = MailboxFixture.account("biuro", MailServers.ADDRESS, servers.imapPort, servers.smtpPort, Map.of());
    }

    @AfterEach
    void tearDown() {
        servers.stop();
        f.close();
    }

    @Test
    void storesEachMessageOnceAcrossRestartsAndLeavesTheServerUnchanged() throws Exception {
        servers.append("INBOX", MailServers.raw("<m1@acme.pl>", "jan@acme.pl", "Pierwsza", "jeden"));
        servers.append("INBOX", MailServers.raw("<m2@acme.pl>", "jan@acme.pl", "Druga", "dwa"));

        assertEquals(new FetchReport("biuro", 2, 0, 0), fetch(new ImapFetcher(account, f.inbox, f.inboxStore)));
        servers.append("INBOX", MailServers.raw("<m3@acme.pl>", "jan@acme.pl", "Trzecia", "trzy"));
        // a restart: a new fetcher asks only above the stored sync point
        assertEquals(new FetchReport("biuro", 1, 0, 0), fetch(new ImapFetcher(account, f.inbox, f.inboxStore)));
        assertEquals(new FetchReport("biuro", 0, 0, 0), fetch(new ImapFetcher(account, f.inbox, f.inboxStore)));

        assertEquals(3, inbox().size());
        boolean[] unseen = {false};
        assertEquals(3, servers.messageIds("INBOX", unseen).size());
        assertTrue(unseen[0], "receiving marks nothing SEEN on the server");
    }

    @Test
    void aFetchThatLostItsPlaceStoresNothingTwice() throws Exception {
        servers.append("INBOX", MailServers.raw("<m1@acme.pl>", "jan@acme.pl", "Pierwsza", "jeden"));
        servers.append("INBOX", MailServers.raw("<m2@acme.pl>", "jan@acme.pl", "Druga", "dwa"));
        fetch(new ImapFetcher(account, f.inbox, f.inboxStore));
        SyncPoint point = f.inboxStore.syncPoint("biuro", "INBOX").orElseThrow();
        // as if the server's UIDVALIDITY had changed: everything is offered again
        f.inboxStore.advance("biuro", "INBOX", point.uidValidity() + 1, 0);

        FetchReport again = fetch(new ImapFetcher(account, f.inbox, f.inboxStore));

        assertEquals(new FetchReport("biuro", 0, 2, 0), again);
        assertEquals(2, inbox().size());
    }

    @Test
    void aMessageInterruptedWhileItsFilesWereStoredIsFinishedOnceOnTheNextFetch() throws Exception {
        servers.append("INBOX", withAttachment("<a1@acme.pl>"));
        long validity = uidValidity();
        // a crash after the row was written and before its files were: a hidden, incomplete row for UID 1
        f.inboxStore.store(new NewReceived("biuro", "INBOX", validity, 1, "<a1@acme.pl>", null, null, null, List.of(),
                List.of(), null, "Faktura", null, "x", null, null, null, null, null, "admin"), true);
        assertEquals(0, inbox().size());

        assertEquals(new FetchReport("biuro", 1, 0, 0), fetch(new ImapFetcher(account, f.inbox, f.inboxStore)));

        List<MailSummary> stored = inbox();
        assertEquals(1, stored.size());
        MailMessage message = f.as("admin").mailbox.find(stored.get(0).id()).orElseThrow();
        assertEquals(1, message.attachments().size());
        assertEquals("umowa.pdf", message.attachments().get(0).filename());
        assertEquals(1, f.files.filesOf(new RecordRef("mail-message", message.id())).size());
    }

    @Test
    void aMalformedMessageIsQuarantinedAndTheNextOnesStillArrive() throws Exception {
        servers.append("INBOX", MailServers.raw("<ok1@acme.pl>", "jan@acme.pl", "Przed", "przed"));
        servers.append("INBOX", "From: jan@acme.pl\r\nSubject: broken\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"abc\"\r\n\r\nno boundary here\r\n");
        servers.append("INBOX", MailServers.raw("<ok2@acme.pl>", "jan@acme.pl", "Po", "po"));

        assertEquals(new FetchReport("biuro", 2, 0, 1), fetch(new ImapFetcher(account, f.inbox, f.inboxStore)));

        List<MailSummary> quarantine = f.as("admin").mailbox.search(new MessageQuery(null, MailFolder.QUARANTINE, null,
                null, null, null), new PageRequest(0, 10)).items();
        assertEquals(1, quarantine.size());
        MailMessage broken = f.mailbox.find(quarantine.get(0).id()).orElseThrow();
        assertEquals(MailStatus.QUARANTINED, broken.status());
        assertTrue(broken.error().startsWith("not a readable MIME message"), broken.error());
        assertEquals("message.eml", broken.attachments().get(0).filename());
        assertEquals(2, inbox().size());
    }

    @Test
    void linksTheSenderToItsCounterpartyAndContactPersonAndIgnoresForgedRoutingHeaders() throws Exception {
        f.as("admin");
        Counterparty acme = f.counterparties.create(new CounterpartyDraft("ACME", "Acme", CounterpartyKind.COMPANY, "5261040828",
                null, null, List.of("biuro@acme.pl"), List.of(), null, null, null, true, List.of(), 1L, null));
        long jan = f.counterparties.addContactPerson(acme.id(), new ContactPersonDraft("Jan Nowak", null,
                List.of("jan@acme.pl"), List.of(), true)).id();
        f.signOut();
        servers.append("INBOX", "Message-ID: <f1@acme.pl>\r\nFrom: Jan Nowak <JAN@acme.pl>\r\nTo: " + MailServers.ADDRESS
                + "\r\nCamelFileName: ../../../etc/passwd\r\nCamelMailTo: attacker@evil.example\r\nbreadcrumbId: x\r\n"
                + "Subject: Zapytanie\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\ntreść\r\n");

        fetch(new ImapFetcher(account, f.inbox, f.inboxStore));

        MailMessage message = f.as("admin").mailbox.find(inbox().get(0).id()).orElseThrow();
        assertEquals(acme.id(), message.counterpartyId());
        assertEquals(jan, message.contactPersonId());
        assertEquals(List.of(MailServers.ADDRESS), message.to().stream().map(a -> a.address()).toList());
        assertEquals(0, f.mailbox.search(new MessageQuery(null, MailFolder.OUTBOX, null, null, null, null),
                new PageRequest(0, 10)).total(), "nothing a received header says is acted on");
        assertNull(message.html());
    }

    @Test
    void aDeliveryReportMarksTheSentMessageBouncedAndJoinsItsThread() throws Exception {
        f.mailbox.addAccount(new FixedAccount(account, f));
        MailMessage offer = f.as("admin").mailbox.send(new OutgoingMail("biuro", List.of("nikt@acme.pl", "jan@acme.pl"),
                null, null, "Oferta", "treść", null, null, null));
        try (OutboxSender sender = new OutboxSender(account, f.outbox, f.files, (module, event, properties) -> { },
                clock)) {
            assertEquals(1, sender.drain());
        }
        f.events.clear();
        String forged = MailServers.bounce("<b0@evil.test>", offer.messageId(), "nikt@acme.pl", "jan@acme.pl")
                .replace("From: " + MailServers.ADDRESS + "\r\nSubject: Oferta", "From: mallory@evil.test\r\nSubject: Oferta");
        servers.append("INBOX", forged);
        servers.append("INBOX", MailServers.bounce("<b1@mx.acme.pl>", offer.messageId(), "nikt@acme.pl", "jan@acme.pl"));
        servers.append("INBOX", MailServers.bounce("<b2@mx.acme.pl>", "<someone-else@firma.pl>", "x@acme.pl", "y@acme.pl"));

        assertEquals(new FetchReport("biuro", 3, 0, 0), fetch(new ImapFetcher(account, f.inbox, f.inboxStore)));

        MailMessage bounced = f.as("admin").mailbox.find(offer.id()).orElseThrow();
        assertEquals(MailStatus.BOUNCED, bounced.status());
        assertTrue(bounced.error().startsWith("Not delivered to nikt@acme.pl: 5.1.1 smtp; 550"), bounced.error());
        MailSummary report = inbox().stream().filter(m -> m.subject().startsWith("Undelivered")).filter(
                m -> f.as("admin").mailbox.find(m.id()).orElseThrow().messageId().equals("<b1@mx.acme.pl>"))
                .findFirst().orElseThrow();
        assertEquals(offer.threadId(), f.mailbox.find(report.id()).orElseThrow().threadId(), "the report joins the thread");
        assertEquals(List.of("mailbox/BOUNCED " + offer.id()), f.events.stream().filter(e -> e.contains("BOUNCED")).toList());
    }

    @Test
    void classifiersFileAMessageUnderTheRecordsTheyNameAndOneThatFailsChangesNothing() throws Exception {
        MailClassifier support = message -> message.subject().startsWith("[support]")
                ? new Classification(List.of(new RecordRef("invoice", 7), new RecordRef("offer", 1)), "reklamacja")
                : Classification.NONE;
        MailClassifier broken = message -> {
            throw new IllegalStateException("classifier down");
        };
        f.classifiers.addClassifier(broken, Map.of("service.ranking", 10));
        f.classifiers.addClassifier(support, Map.of());
        servers.append("INBOX", MailServers.raw("<s1@acme.pl>", "jan@acme.pl", "[support] Faktura", "Błąd na fakturze"));
        servers.append("INBOX", MailServers.raw("<s2@acme.pl>", "jan@acme.pl", "Pytanie", "Inne"));

        assertEquals(new FetchReport("biuro", 2, 0, 0), fetch(new ImapFetcher(account, f.inbox, f.inboxStore)));

        MailSummary request = inbox().stream().filter(m -> m.subject().startsWith("[support]")).findFirst().orElseThrow();
        assertEquals(List.of(new RecordRef("invoice", 7)), f.as("admin").mailbox.find(request.id()).orElseThrow().records(),
                "the record nobody knows (offer) is not linked");
        assertEquals(List.of("LINKED invoice:7 (FS/7/11/2026): reklamacja"), f.mailbox.audit(request.id()).stream()
                .map(e -> e.action() + " " + e.detail()).toList());
        assertTrue(f.mailbox.audit(request.id()).get(0).by().startsWith("classifier "));
        MailSummary other = inbox().stream().filter(m -> m.subject().equals("Pytanie")).findFirst().orElseThrow();
        assertTrue(f.mailbox.find(other.id()).orElseThrow().records().isEmpty());
    }

    private List<MailSummary> inbox() {
        return f.as("admin").mailbox.search(new MessageQuery(null, MailFolder.INBOX, null, null, null, null),
                new PageRequest(0, 100)).items();
    }

    private long uidValidity() throws Exception {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", servers.imapPort, MailServers.ADDRESS, MailServers.PASSWORD);
            IMAPFolder folder = (IMAPFolder) store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            long validity = folder.getUIDValidity();
            folder.close(false);
            return validity;
        }
    }

    private static String withAttachment(String messageId) {
        return "Message-ID: " + messageId + "\r\nFrom: jan@acme.pl\r\nTo: " + MailServers.ADDRESS + "\r\nSubject: Faktura\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nw załączniku\r\n--b1\r\n"
                + "Content-Type: application/pdf\r\nContent-Disposition: attachment; filename=\"umowa.pdf\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b1--\r\n";
    }

    @SuppressWarnings("removal") // Subject.doAs, as the account's routes run
    private FetchReport fetch(ImapFetcher fetcher) throws Exception {
        Subject admin = new Subject(true, Set.of(new UserPrincipal("admin")), Set.of(), Set.of());
        f.signOut();
        try (fetcher) {
            return Subject.doAs(admin, (PrivilegedExceptionAction<FetchReport>) fetcher::fetch);
        }
    }
}
