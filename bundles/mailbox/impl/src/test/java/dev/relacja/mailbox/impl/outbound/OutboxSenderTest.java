package dev.relacja.mailbox.impl.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.core.api.files.StoredFile;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.security.Role;
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
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivilegedAction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox against GreenMail on loopback: each message sent once with the Message-ID fixed when it was queued,
 * retried while the server is down, sent again after a crash with the same Message-ID, paced, copied to Sent, and
 * the customer's reply threaded back to it.
 */
class OutboxSenderTest {
    @TempDir
    Path data;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private MailServers servers = new MailServers();
    private MailboxFixture f;
    private AccountSettings account;

    @BeforeEach
    void setUp() {
        servers.start();
        f = new MailboxFixture(data, clock);
        f.operator(2, "ola", Role.OPERATOR);
        account = accountWith(Map.of());
    }

    private AccountSettings accountWith(Map<String, Object> overrides) {
        Map<String, Object> all = new HashMap<>(Map.of("displayName", "Firma Sp. z o.o.",
                "signature", "Ola Kowalska\\nFirma"));
        all.putAll(overrides);
        AccountSettings settings = MailboxFixture.account("biuro", MailServers.ADDRESS, servers.imapPort,
                servers.smtpPort, all);
        f.mailbox.addAccount(new FixedAccount(settings, f));
        return settings;
    }

    @AfterEach
    void tearDown() {
        servers.stop();
        f.close();
    }

    @Test
    void sendsOnceWithTheQueuedMessageIdCopiesItToSentAndThreadsTheReply() throws Exception {
        f.as("ola");
        StoredFile pdf = f.files.attach(new RecordRef("invoice", 7), "FS-7.pdf", "application/pdf",
                new ByteArrayInputStream("%PDF-1.4 faktura".getBytes(StandardCharsets.US_ASCII)));
        MailMessage queued = f.mailbox.send(new OutgoingMail(null, List.of("Jan Nowak <jan@acme.pl>"), List.of(),
                List.of("archiwum@firma.pl"), "Faktura FS/7/11/2026", "Dzień dobry, w załączniku faktura.", null,
                List.of(pdf.id()), List.of(new RecordRef("invoice", 7))));
        assertEquals(MailStatus.QUEUED, queued.status());
        assertEquals(MailFolder.OUTBOX, queued.folder());
        assertTrue(queued.messageId().matches("<relacja\\.[a-z2-9]{16}@firma\\.pl>"), queued.messageId());

        OutboxSender sender = sender(account);
        assertEquals(1, drain(sender));
        assertEquals(0, drain(sender));

        List<MimeMessage> received = servers.delivered();
        assertEquals(2, received.size(), "one copy for To, one for Bcc");
        for (MimeMessage m : received) {
            assertEquals(queued.messageId(), m.getMessageID());
            assertNull(m.getHeader("Bcc"), "Bcc never travels in a header");
            assertEquals("Faktura FS/7/11/2026", m.getSubject());
            assertTrue(m.getReplyTo()[0].toString().startsWith("biuro+"), m.getReplyTo()[0].toString());
            Multipart parts = (Multipart) m.getContent();
            assertTrue(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n").contains("-- \nOla Kowalska\nFirma"));
            BodyPart attachment = parts.getBodyPart(1);
            assertEquals("FS-7.pdf", attachment.getFileName());
        }
        MailMessage sent = f.as("ola").mailbox.find(queued.id()).orElseThrow();
        assertEquals(MailStatus.SENT, sent.status());
        assertEquals(MailFolder.SENT, sent.folder());
        assertEquals(1, sent.attempts());
        assertEquals(List.of(queued.messageId()), servers.messageIds("Sent", null));
        assertTrue(f.events.contains("mailbox/SENT " + queued.id()), f.events.toString());

        // the customer answers; the reply lands in the same thread, about the same invoice
        servers.append("INBOX", "Message-ID: <odp1@acme.pl>\r\nFrom: jan@acme.pl\r\nTo: " + MailServers.ADDRESS
                + "\r\nIn-Reply-To: " + queued.messageId() + "\r\nSubject: Re: Faktura\r\n\r\nDziękuję\r\n");
        // a client that drops References, answering to the Reply-To with the token
        String token = received.get(0).getReplyTo()[0].toString();
        servers.append("INBOX", "Message-ID: <odp2@acme.pl>\r\nFrom: ola@innafirma.pl\r\nTo: " + token
                + "\r\nSubject: przelew\r\n\r\nZapłacone\r\n");
        f.mailbox.fetchNow("biuro");
        List<MailSummary> thread = f.as("ola").mailbox.search(new MessageQuery(null, null, null, sent.threadId(), null,
                null), new PageRequest(0, 10)).items();
        assertEquals(3, thread.size());
        assertEquals(3, f.mailbox.search(new MessageQuery(null, null, null, null, null, new RecordRef("invoice", 7)),
                new PageRequest(0, 10)).total());
    }

    @Test
    void whileTheServerIsDownMessagesWaitAndWhenItIsBackEachGoesOnce() throws Exception {
        f.as("ola");
        Set<String> queued = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            queued.add(f.mailbox.send(mail("klient" + i + "@acme.pl", "Wiadomość " + i)).messageId());
        }
        servers.stop();
        OutboxSender sender = sender(account);

        assertEquals(0, drain(sender));
        List<MailMessage> waiting = outbox();
        assertEquals(5, waiting.size());
        assertEquals(1, waiting.stream().filter(m -> m.attempts() == 1 && m.error() != null).count(),
                "the first attempt failed; the rest were not tried against a server that is away");
        assertTrue(waiting.stream().allMatch(m -> m.status() == MailStatus.QUEUED));

        clock.advance(Duration.ofSeconds(31));
        servers = restarted(servers);
        assertEquals(5, drain(sender));
        assertEquals(0, drain(sender));

        Set<String> arrived = new HashSet<>();
        for (MimeMessage m : servers.delivered()) {
            assertTrue(arrived.add(m.getMessageID()), "sent twice: " + m.getMessageID());
        }
        assertEquals(queued, arrived);
    }

    @Test
    void aMessageLeftSendingByACrashGoesAgainWithTheSameMessageId() throws Exception {
        String messageId = f.as("ola").mailbox.send(mail("jan@acme.pl", "Oferta")).messageId();
        f.outbox.claim("biuro", 10); // the crash: claimed, maybe handed to the server, never recorded

        OutboxSender afterRestart = sender(account);
        assertEquals(1, afterRestart.recover());
        assertEquals(1, drain(afterRestart));

        List<MimeMessage> received = servers.delivered();
        assertEquals(1, received.size());
        assertEquals(messageId, received.get(0).getMessageID());
    }

    @Test
    void keepsToTheAccountsSendsPerMinute() {
        AccountSettings paced = accountWith(Map.of("sendsPerMinute", 120, "sentFolder", ""));
        f.as("ola");
        for (int i = 0; i < 5; i++) {
            f.mailbox.send(mail("klient" + i + "@acme.pl", "Wiadomość " + i));
        }
        OutboxSender sender = sender(paced);

        assertEquals(2, drain(sender), "two a second at 120 a minute");
        assertEquals(0, drain(sender));
        clock.advance(Duration.ofMillis(500));
        assertEquals(1, drain(sender));
        clock.advance(Duration.ofSeconds(10));
        assertEquals(2, drain(sender), "no burst above one second's worth after a pause");
        assertEquals(0, outbox().size());
    }

    private List<MailMessage> outbox() {
        List<MailMessage> messages = new ArrayList<>();
        for (MailSummary s : f.as("admin").mailbox.search(new MessageQuery(null, MailFolder.OUTBOX, null, null, null, null),
                new PageRequest(0, 100)).items()) {
            messages.add(f.mailbox.find(s.id()).orElseThrow());
        }
        return messages;
    }

    private static OutgoingMail mail(String to, String subject) {
        return new OutgoingMail("biuro", List.of(to), List.of(), List.of(), subject, "Treść: " + subject, null, List.of(),
                List.of());
    }

    private OutboxSender sender(AccountSettings settings) {
        return new OutboxSender(settings, f.outbox, f.files, (module, event, properties) ->
                f.events.add(module + "/" + event + " " + properties.get("id")), clock);
    }

    @SuppressWarnings("removal") // Subject.doAs, as the account's routes run
    private int drain(OutboxSender sender) {
        f.signOut();
        Subject admin = new Subject(true, Set.of(new UserPrincipal("admin")), Set.of(), Set.of());
        return Subject.doAs(admin, (PrivilegedAction<Integer>) sender::drain);
    }

    private static MailServers restarted(MailServers down) {
        return down.start();
    }
}
