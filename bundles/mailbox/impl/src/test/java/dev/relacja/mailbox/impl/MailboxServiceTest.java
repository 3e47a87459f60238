package dev.relacja.mailbox.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.security.Role;
import dev.relacja.mailbox.api.MailMessage;
import dev.relacja.mailbox.api.MessageQuery;
import dev.relacja.mailbox.api.OutgoingMail;
import dev.relacja.testing.MutableClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mailbox at its edge: who sees which account and message, and bad messages refused field by field with nothing queued. */
class MailboxServiceTest {
    @TempDir
    Path data;
    private MailboxFixture f;

    @BeforeEach
    void setUp() {
        f = new MailboxFixture(data, new MutableClock(Instant.parse("2026-11-27T09:00:00Z")));
        f.operator(2, "ola", Role.OPERATOR);
        f.operator(3, "piotr", Role.OPERATOR);
        f.operator(4, "gosia", Role.VIEWER);
        f.mailbox.addAccount(new FixedAccount(MailboxFixture.account("biuro", "biuro@firma.pl", 0, 2525, Map.of()), f));
        f.mailbox.addAccount(new FixedAccount(MailboxFixture.account("zarzad", "zarzad@firma.pl", 0, 2525,
                Map.of("operators", new String[] {"piotr"})), f));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void anOperatorSeesTheAccountsOpenToThemAndOnlyTheirMessages() {
        assertEquals(List.of("biuro"), f.as("ola").mailbox.accounts().stream().map(a -> a.name()).toList());
        assertEquals(List.of("biuro", "zarzad"), f.as("piotr").mailbox.accounts().stream().map(a -> a.name()).toList());
        assertEquals(List.of("biuro", "zarzad"), f.as("admin").mailbox.accounts().stream().map(a -> a.name()).toList());

        MailMessage board = f.as("piotr").mailbox.send(mail("zarzad", "Jan <jan@acme.pl>"));

        assertTrue(f.as("ola").mailbox.find(board.id()).isEmpty());
        assertEquals(0, f.mailbox.search(MessageQuery.ALL, new PageRequest(0, 10)).total());
        assertEquals(1, f.as("admin").mailbox.search(MessageQuery.ALL, new PageRequest(0, 10)).total());
        ValidationException e = assertThrows(ValidationException.class, () -> f.as("ola").mailbox.send(mail("zarzad",
                "jan@acme.pl")));
        assertEquals("account", e.errors().get(0).field());
        assertThrows(NotFoundException.class, () -> f.as("ola").mailbox.reply(board.id(), mail(null, "jan@acme.pl")));
        assertThrows(AccessDeniedException.class, () -> f.as("gosia").mailbox.send(mail("biuro", "jan@acme.pl")));
    }

    @Test
    void aBadMessageIsRefusedFieldByFieldAndNothingIsQueued() {
        ValidationException e = assertThrows(ValidationException.class, () -> f.as("ola").mailbox.send(new OutgoingMail(
                "biuro", List.of("nie adres", "jan@acme.pl"), List.of(), List.of("x@@y"), "a".repeat(1000), " ", null,
                List.of(424242L), List.of(new RecordRef("Invoice!", 1)))));

        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("to", "bcc", "subject", "text", "fileIds", "records"), fields);
        assertTrue(e.getMessage().contains("'nie adres' is not an e-mail address"), e.getMessage());
        assertThrows(ValidationException.class, () -> f.mailbox.send(new OutgoingMail("biuro", List.of(), List.of(),
                List.of(), "s", "t", null, List.of(), List.of())));
        assertEquals(0, f.as("admin").mailbox.search(MessageQuery.ALL, new PageRequest(0, 10)).total());
    }

    @Test
    void aKeyedMessageIsQueuedOnceWithItsKeyOpeningItsMessageId() {
        MailMessage first = f.as("ola").mailbox.sendOnce("relacja-alert-42", mail("biuro", "jan@acme.pl"));
        MailMessage again = f.as("ola").mailbox.sendOnce("relacja-alert-42", mail("biuro", "inny@acme.pl"));
        MailMessage other = f.as("ola").mailbox.sendOnce("relacja-alert-43", mail("biuro", "jan@acme.pl"));

        assertTrue(first.messageId().matches("<relacja-alert-42\\.[a-z2-9]{16}@firma\\.pl>"), first.messageId());
        assertEquals(first.id(), again.id());
        assertEquals("jan@acme.pl", again.to().get(0).address(), "the repeat changes nothing");
        assertTrue(other.messageId().startsWith("<relacja-alert-43."), other.messageId());
        f.as("piotr").mailbox.sendOnce("zarzad-1", mail("zarzad", "jan@acme.pl"));
        ConflictException hidden = assertThrows(ConflictException.class,
                () -> f.as("ola").mailbox.sendOnce("zarzad-1", mail("biuro", "ewa@acme.pl")));
        assertTrue(hidden.getMessage().contains("in a mail account you may not use"), hidden.getMessage());
        assertFalse(hidden.getMessage().contains("jan@acme.pl"), "nothing of the hidden message shows");
        assertEquals(3, f.as("admin").mailbox.search(MessageQuery.ALL, new PageRequest(0, 10)).total());
        for (String bad : new String[] {"", "a..b", ".a", "a b", "ala@firma", "x".repeat(201)}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> f.mailbox.sendOnce(bad, mail("biuro", "jan@acme.pl")), bad);
            assertEquals("key", e.errors().get(0).field());
        }
        assertThrows(ValidationException.class, () -> f.mailbox.sendOnce(null, mail("biuro", "jan@acme.pl")));
        assertThrows(AccessDeniedException.class, () -> f.as("gosia").mailbox.sendOnce("k", mail("biuro", "jan@acme.pl")));
        assertEquals(3, f.as("admin").mailbox.search(MessageQuery.ALL, new PageRequest(0, 10)).total());
    }

    @Test
    void aReplyGoesToTheSenderWithReAndTheThreadAndOnlyFailedMessagesAreSentAgain() {
        MailMessage first = f.as("ola").mailbox.send(new OutgoingMail("biuro", List.of("Jan <jan@acme.pl>"), List.of(),
                List.of(), "Oferta", "Treść", null, List.of(), List.of(new RecordRef("invoice", 7))));

        MailMessage reply = f.mailbox.reply(first.id(), mail(null, null));

        assertEquals("Re: Oferta", reply.subject());
        assertEquals("biuro@firma.pl", reply.to().get(0).address(), "a reply to one's own sent message goes to its sender");
        assertEquals(first.threadId(), reply.threadId());
        assertEquals(List.of(new RecordRef("invoice", 7)), reply.records());
        assertThrows(ConflictException.class, () -> f.mailbox.retry(first.id()));
        assertThrows(AccessDeniedException.class, () -> f.as("piotr").mailbox.retry(first.id()));
    }

    @Test
    void aForwardQuotesTheMessageCarriesItsFilesAndRecordsAndStaysInItsThread() {
        long file = f.as("admin").files.attach(new RecordRef("invoice", 7), "oferta.pdf", "application/pdf",
                new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).id();
        MailMessage first = f.as("ola").mailbox.send(new OutgoingMail("biuro", List.of("Jan <jan@acme.pl>"), List.of(),
                List.of(), "Oferta", "Treść oferty", null, List.of(file), List.of(new RecordRef("invoice", 7))));

        MailMessage forwarded = f.mailbox.forward(first.id(), new OutgoingMail(null, List.of("szef@firma.pl"), null, null,
                null, "Do wiadomości.", null, null, null));

        assertEquals("Fwd: Oferta", forwarded.subject());
        assertTrue(forwarded.text().startsWith("Do wiadomości.\n\n---------- Forwarded message ----------\nFrom: "
                + "biuro@firma.pl\n"), forwarded.text());
        assertTrue(forwarded.text().contains("Subject: Oferta\nTo: Jan <jan@acme.pl>\n\nTreść oferty"), forwarded.text());
        assertEquals(List.of("oferta.pdf"), forwarded.attachments().stream().map(a -> a.filename()).toList());
        assertEquals(first.threadId(), forwarded.threadId());
        assertEquals(List.of(new RecordRef("invoice", 7)), forwarded.records());
        assertEquals("to", assertThrows(ValidationException.class, () -> f.mailbox.forward(first.id(),
                mail(null, null))).errors().get(0).field(), "a forward names its recipients");
        assertThrows(NotFoundException.class, () -> f.as("piotr").mailbox.forward(first.id() + 1000,
                mail(null, "x@acme.pl")));
    }

    @Test
    void aMessageIsFiledUnderAnotherRecordAndBackWithAnAuditEntryEachTime() {
        MailMessage sent = f.as("ola").mailbox.send(mail("biuro", "jan@acme.pl"));

        MailMessage linked = f.mailbox.link(sent.id(), new RecordRef("invoice", 7));
        f.mailbox.link(sent.id(), new RecordRef("invoice", 7));

        assertEquals(List.of(new RecordRef("invoice", 7)), linked.records());
        assertEquals(1, f.mailbox.search(new MessageQuery(null, null, null, null, null, new RecordRef("invoice", 7)),
                new PageRequest(0, 10)).total(), "it shows in the invoice's mail");
        assertEquals("record", assertThrows(ValidationException.class, () -> f.mailbox.link(sent.id(),
                new RecordRef("offer", 1))).errors().get(0).field(), "no module knows offers here");
        assertThrows(AccessDeniedException.class, () -> f.as("gosia").mailbox.link(sent.id(), new RecordRef("invoice", 8)));
        assertTrue(f.as("ola").mailbox.unlink(sent.id(), new RecordRef("invoice", 7)).records().isEmpty());

        assertEquals(List.of("LINKED invoice:7 (FS/7/11/2026) ola", "UNLINKED invoice:7 ola"), f.mailbox.audit(sent.id())
                .stream().map(e -> e.action() + " " + e.detail() + " " + e.by()).toList());
    }

    private static OutgoingMail mail(String account, String to) {
        return new OutgoingMail(account, to == null ? List.of() : List.of(to), List.of(), List.of(), null, "Treść", null,
                List.of(), List.of());
    }
}
