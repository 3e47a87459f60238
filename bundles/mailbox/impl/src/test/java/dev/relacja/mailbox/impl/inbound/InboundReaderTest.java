package dev.relacja.mailbox.impl.inbound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.mailbox.api.MailAddress;
import dev.relacja.mailbox.impl.MailServers;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Received messages read from raw bytes: Polish text, HTML made safe, attachments; broken MIME refused with a reason. */
class InboundReaderTest {

    @Test
    void aDeliveryStatusNotificationSaysWhichMessageFailedForWhomAndWhy() throws Exception {
        ParsedMail bounce = InboundReader.read(MailServers.bounce("<b1@mx.acme.pl>", "<relacja.abc@firma.pl>",
                "nikt@acme.pl", "jan@acme.pl").getBytes(StandardCharsets.UTF_8));

        assertEquals("<relacja.abc@firma.pl>", bounce.report().originalMessageId());
        assertEquals(List.of(new DeliveryReport.Failure("nikt@acme.pl", "5.1.1", "smtp; 550 5.1.1 <nikt@acme.pl>: "
                + "Recipient address rejected: User unknown in virtual mailbox table")), bounce.report().failures());
        assertTrue(bounce.text().startsWith("I'm sorry"), bounce.text());
        assertEquals(2, bounce.attachments().size(), "the status and the returned headers stay readable");
        assertNull(InboundReader.read(MailServers.raw("<m1@acme.pl>", "jan@acme.pl", "Zwykła", "treść")
                .getBytes(StandardCharsets.UTF_8)).report(), "an ordinary message reports nothing");
    }

    @Test
    void readsHeadersTextSanitisedHtmlAndAttachments() throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("jan@acme.pl", "Jan Żółkiewski", "UTF-8"));
        message.setRecipients(MimeMessage.RecipientType.TO, "Biuro <biuro+abc@firma.pl>");
        message.setRecipients(MimeMessage.RecipientType.CC, "ola@acme.pl");
        message.setSubject("Zażółć gęślą jaźń — faktura", "UTF-8");
        message.setHeader("Message-ID", "<m2@acme.pl>");
        message.setHeader("In-Reply-To", "<relacja.x@firma.pl>");
        message.setHeader("References", "<a@acme.pl> <relacja.x@firma.pl>");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Dzień dobry, płacę jutro.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p onclick=\"steal()\">Dzień dobry</p><script>alert(1)</script><img src=\"https://tracker.example/p.gif\">"
                + "<a href=\"javascript:alert(2)\">x</a><a href=\"https://acme.pl\">acme</a>", "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart pdf = new MimeBodyPart();
        byte[] pdfBytes = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);
        pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(pdfBytes, "application/pdf")));
        pdf.setFileName(MimeUtility.encodeText("faktura ąę.pdf", "UTF-8", null));
        message.setContent(new MimeMultipart("mixed", body, pdf));
        message.saveChanges();
        message.setHeader("Message-ID", "<m2@acme.pl>");

        ParsedMail mail = InboundReader.read(bytes(message));

        assertEquals("<m2@acme.pl>", mail.messageId());
        assertEquals("<relacja.x@firma.pl>", mail.inReplyTo());
        assertEquals(List.of("<a@acme.pl>", "<relacja.x@firma.pl>"), mail.references());
        assertEquals(new MailAddress("jan@acme.pl", "Jan Żółkiewski"), mail.from());
        assertEquals(List.of("biuro+abc@firma.pl", "ola@acme.pl"), mail.recipients());
        assertEquals("Zażółć gęślą jaźń — faktura", mail.subject());
        assertEquals("Dzień dobry, płacę jutro.", mail.text());
        assertTrue(mail.html().contains("Dzień dobry"), mail.html());
        assertFalse(mail.html().contains("script"), mail.html());
        assertFalse(mail.html().contains("onclick"), mail.html());
        assertFalse(mail.html().contains("tracker.example"), mail.html());
        assertFalse(mail.html().contains("javascript"), mail.html());
        assertTrue(mail.html().contains("href=\"https://acme.pl\""), mail.html());
        assertEquals(1, mail.attachments().size());
        assertEquals("faktura ąę.pdf", mail.attachments().get(0).filename());
        assertEquals("application/pdf", mail.attachments().get(0).contentType());
        assertArrayEquals(pdfBytes, mail.attachments().get(0).content());
    }

    @Test
    void aMultipartThatNeverOpensIsRefusedWithTheReason() {
        String raw = "From: jan@acme.pl\r\nTo: biuro@firma.pl\r\nSubject: broken\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"abc\"\r\n\r\nno boundary anywhere here\r\n";

        MalformedMailException e = assertThrows(MalformedMailException.class,
                () -> InboundReader.read(raw.getBytes(StandardCharsets.US_ASCII)));

        assertTrue(e.getMessage().startsWith("not a readable MIME message"), e.getMessage());
    }

    @Test
    void brokenBase64IsRefusedWithTheReason() {
        String raw = "From: jan@acme.pl\r\nSubject: b64\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n@@@ not base64 at all ###\r\n";

        MalformedMailException e = assertThrows(MalformedMailException.class,
                () -> InboundReader.read(raw.getBytes(StandardCharsets.US_ASCII)));

        assertTrue(e.getMessage().startsWith("the content cannot be decoded"), e.getMessage());
    }

    @Test
    void anUnknownCharsetIsStillReadAsUtf8() throws Exception {
        String raw = "From: jan@acme.pl\r\nSubject: x\r\nContent-Type: text/plain; charset=x-unheard-of\r\n\r\nzażółć\r\n";

        ParsedMail mail = InboundReader.read(raw.getBytes(StandardCharsets.UTF_8));

        assertEquals("zażółć\r\n", mail.text());
    }

    @Test
    void headersInRawUtf8AreReadAsUtf8() throws Exception {
        String raw = "From: Paweł Żak <pawel@acme.pl>\r\nSubject: Zapytanie o ofertę\r\n\r\nbody\r\n";

        ParsedMail mail = InboundReader.read(raw.getBytes(StandardCharsets.UTF_8));

        assertEquals("Zapytanie o ofertę", mail.subject());
        assertEquals("Paweł Żak", mail.from().name());
    }

    @Test
    void aFromHeaderThatIsNoAddressIsRefused() {
        String raw = "From: <<<@@@>>>\r\nSubject: x\r\n\r\nbody\r\n";

        MalformedMailException e = assertThrows(MalformedMailException.class,
                () -> InboundReader.read(raw.getBytes(StandardCharsets.US_ASCII)));

        assertTrue(e.getMessage().contains("From header"), e.getMessage());
    }

    static byte[] bytes(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
