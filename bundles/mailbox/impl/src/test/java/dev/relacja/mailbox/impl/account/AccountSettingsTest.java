package dev.relacja.mailbox.impl.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.mailbox.api.MailSecurity;
import dev.relacja.mailbox.impl.MailboxFixture;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An account's configuration: defaults, every problem named by its key at once, passwords kept out of sight. */
class AccountSettingsTest {

    @Test
    void fillsPortsUsersAndDomainFromTheAddressAndSecurity() {
        AccountSettings s = AccountSettings.of(MailboxFixture.config("biuro", "biuro@firma.pl", 0, 0,
                Map.of("imapHost", "imap.firma.pl", "imapSecurity", MailSecurity.TLS, "smtpHost", "smtp.firma.pl",
                        "smtpSecurity", MailSecurity.STARTTLS)));

        assertEquals(993, s.imap().port());
        assertEquals(587, s.smtp().port());
        assertEquals("biuro@firma.pl", s.imap().user());
        assertEquals("biuro@firma.pl", s.smtp().user(), "SMTP signs in as the IMAP user with the IMAP password");
        assertEquals("haslo-imap", s.smtp().password());
        assertEquals("firma.pl", s.messageIdDomain());
        assertEquals("biuro+{token}@firma.pl", s.replyAddress());
        assertEquals("true", s.smtpProperties().getProperty("mail.smtp.starttls.required"));
        assertEquals("true", s.imapProperties().getProperty("mail.imaps.peek"));
    }

    @Test
    void namesEveryProblemAtOnceWithoutThePassword() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AccountSettings.of(
                MailboxFixture.config("Biuro Główne", "nie-adres", 70_000, 0, Map.of("pollSeconds", 1,
                        "imapPassword", "sekret-123", "folders", new String[] {" "}))));

        String message = e.getMessage();
        assertTrue(message.contains("name 'Biuro Główne'"), message);
        assertTrue(message.contains("address 'nie-adres'"), message);
        assertTrue(message.contains("imapPort must be 0 to 65535, not 70000"), message);
        assertTrue(message.contains("pollSeconds must be 5 to 86400, not 1"), message);
        assertTrue(message.contains("folders must name"), message);
        assertFalse(message.contains("sekret-123"), message);
    }

    @Test
    void anAccountWithNoServerIsRefusedAndTheVisibleAccountHasNoPasswords() {
        assertThrows(IllegalArgumentException.class, () -> AccountSettings.of(MailboxFixture.config("x", "x@firma.pl",
                0, 0, Map.of())));

        AccountSettings s = MailboxFixture.account("x", "x@firma.pl", 0, 25, Map.of("smtpPassword", "smtp-sekret"));
        assertNull(s.replyAddress(), "no reply tokens for an account that cannot receive the replies");
        assertFalse(s.account().toString().contains("sekret"), s.account().toString());
        assertFalse(s.toString().contains("sekret"), s.toString());
    }
}
