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
