package dev.relacja.mailbox.impl;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** GreenMail speaking IMAP and SMTP on free loopback ports, with the company's mailbox user on it. */
public final class MailServers implements AutoCloseable {
    public static final String ADDRESS = "biuro@firma.pl";
    public static final String PASSWORD = "haslo-imap";

    public final int imapPort = freePort();
    public final int smtpPort = freePort();
    private GreenMail greenMail;

    public MailServers start() {
        greenMail = new GreenMail(new ServerSetup[] {new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)});
        greenMail.start();
        greenMail.setUser(ADDRESS, ADDRESS, PASSWORD);
        return this;
    }

    /** The server itself: what it received over SMTP. */
    public GreenMail greenMail() {
        return greenMail;
    }

    /** What SMTP delivered to everyone but the company mailbox (GreenMail's own list also holds IMAP appends). */
    public List<MimeMessage> delivered() throws Exception {
        List<MimeMessage> messages = new ArrayList<>();
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            if (!user.getEmail().equals(ADDRESS)) {
                for (StoredMessage stored : greenMail.getManagers().getImapHostManager().getInbox(user).getMessages()) {
                    messages.add(stored.getMimeMessage());
                }
            }
        }
        return messages;
    }

    /** Puts raw bytes into a folder of the company mailbox exactly as given (IMAP APPEND). */
    public void append(String folderName, String raw) throws Exception {
        try (Store store = session().getStore("imap")) {
            store.connect("127.0.0.1", imapPort, ADDRESS, PASSWORD);
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            folder.open(Folder.READ_WRITE);
            folder.appendMessages(new Message[] {new MimeMessage(session(), new ByteArrayInputStream(
                    raw.getBytes(StandardCharsets.UTF_8)))});
            folder.close(false);
        }
    }

    /** The Message-IDs in a folder of the company mailbox, and whether every message there is still unseen. */
    public List<String> messageIds(String folderName, boolean[] allUnseen) throws Exception {
        try (Store store = session().getStore("imap")) {
            store.connect("127.0.0.1", imapPort, ADDRESS, PASSWORD);
            Folder folder = store.getFolder(folderName);
            List<String> ids = new ArrayList<>();
            if (!folder.exists()) {
                return ids;
            }
            folder.open(Folder.READ_ONLY);
            boolean unseen = true;
            for (Message m : folder.getMessages()) {
                ids.add(((MimeMessage) m).getMessageID());
                unseen &= !m.isSet(Flags.Flag.SEEN);
            }
            folder.close(false);
            if (allUnseen != null) {
                allUnseen[0] = unseen;
            }
            return ids;
        }
    }

    public static String raw(String messageId, String from, String subject, String body) {
        return "Message-ID: " + messageId + "\r\nFrom: " + from + "\r\nTo: " + ADDRESS + "\r\nSubject: " + subject
                + "\r\nDate: Fri, 27 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n";
    }

    /**
     * A delivery status notification as Postfix writes it: {@code failed} could not be delivered (5.1.1, with a
     * folded Diagnostic-Code), {@code delivered} was; the returned headers carry {@code originalMessageId}.
     */
    public static String bounce(String messageId, String originalMessageId, String failed, String delivered) {
        return String.join("\r\n", "Message-ID: " + messageId, "From: Mail Delivery System <MAILER-DAEMON@mx.acme.pl>",
                "To: " + ADDRESS, "Subject: Undelivered Mail Returned to Sender", "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"", "",
                "--B", "Content-Type: text/plain; charset=UTF-8", "",
                "I'm sorry to have to inform you that your message could not be delivered.",
                "--B", "Content-Type: message/delivery-status", "",
                "Reporting-MTA: dns; mx.acme.pl", "Arrival-Date: Fri, 27 Nov 2026 10:00:00 +0100", "",
                "Final-Recipient: rfc822; " + failed, "Original-Recipient: rfc822;" + failed, "Action: failed",
                "Status: 5.1.1", "Diagnostic-Code: smtp; 550 5.1.1 <" + failed + ">: Recipient address rejected:",
                " User unknown in virtual mailbox table", "",
                "Final-Recipient: rfc822; " + delivered, "Action: delivered", "Status: 2.0.0", "",
                "--B", "Content-Type: text/rfc822-headers", "",
                "Message-ID: " + originalMessageId, "From: " + ADDRESS, "Subject: Oferta", "",
                "--B--", "");
    }

    private static Session session() {
        return Session.getInstance(new Properties());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
