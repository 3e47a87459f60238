package dev.relacja.mailbox.impl.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import dev.relacja.core.api.files.NewFile;
import dev.relacja.core.api.files.StoredFile;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.security.Role;
import dev.relacja.mailbox.api.FetchReport;
import dev.relacja.mailbox.api.OutgoingMail;
import dev.relacja.mailbox.impl.FixedAccount;
import dev.relacja.mailbox.impl.MailboxFixture;
import dev.relacja.mailbox.impl.account.AccountSettings;
import dev.relacja.mailbox.impl.inbound.ImapFetcher;
import dev.relacja.mailbox.impl.outbound.OutboxSender;
import jakarta.activation.DataHandler;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sending and receiving speed against GreenMail on loopback (its SMTP with TCP_NODELAY, as Relacja's client
 * sockets have), each next to a bare Jakarta Mail loop on one connection in the same run.
 *
 * <p>Sending: {@code relacja.bench.messages} (10,000) personalised messages, each with its own ~30 KB PDF kept in
 * the core's file store, queued through {@code MailboxService.send} and then sent by the account's outbox
 * (claims, MIME built from the stored file, one commit per outcome); the bare loop sends the same messages built
 * from bytes in memory on one {@code Transport}. Receiving: as many ~2 KB messages in the account's folders, stored by
 * {@code ImapFetcher} (parsing, Derby, linking); the bare loop fetches them by UID in the same batches of 100 and
 * only reads their bytes. Both read the same {@value #FOLDERS} folders. Untimed warm-ups ({@code relacja.bench.mailWarmups}, 1,000) run each side first.
 * The IMAP Sent copy is off for the send figures (the bare loop makes none).
 */
@EnabledIfSystemProperty(named = "relacja.bench", matches = "true",
        disabledReason = "a benchmark, not a test: run it with mvn -Pbench test")
class MailBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(MailBenchmark.class);
    private static final int MESSAGES = Integer.getInteger("relacja.bench.messages", 10_000);
    private static final int WARMUPS = Integer.getInteger("relacja.bench.mailWarmups", 1_000);
    private static final int PDF_BYTES = 30 * 1024;
    /**
     * Received mail is spread over this many folders (INBOX and {@code Klienci-1}…): GreenMail answers a UID FETCH
     * in time proportional to the folder's size, so one folder of 10,000 would measure GreenMail (about 40 a second
     * for the bare loop too), not the client.
     */
    private static final int FOLDERS = 10;
    private static final String ADDRESS = "biuro@firma.pl";
    private static final String PASSWORD = "haslo-imap";

    @TempDir
    Path data;

    @Test
    void sendingAndReceiving() throws Exception {
        int smtpPort = freePort();
        int imapPort = freePort();
        NoDelayGreenMail server = new NoDelayGreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        server.start();
        GreenMailUser company = server.setUser(ADDRESS, ADDRESS, PASSWORD);
        try (MailboxFixture f = new MailboxFixture(data, Clock.systemUTC())) {
            f.operator(2, "ola", Role.OPERATOR);
            AccountSettings account = MailboxFixture.account("biuro", ADDRESS, imapPort, smtpPort, Map.of("sentFolder", ""));
            f.mailbox.addAccount(new FixedAccount(account, f));
            Random random = new Random(42);

            List<StoredFile> pdfs = pdfs(f, WARMUPS + MESSAGES, random);
            bare(account, smtpPort, pdfs.subList(0, WARMUPS), random);
            relacja(f, account, pdfs.subList(0, WARMUPS));
            server.purgeEmailFromAllMailboxes();
            double bareRate = bare(account, smtpPort, pdfs.subList(WARMUPS, WARMUPS + MESSAGES), random);
            server.purgeEmailFromAllMailboxes();
            double relacjaRate = relacja(f, account, pdfs.subList(WARMUPS, WARMUPS + MESSAGES));
            assertEquals(MESSAGES, server.getReceivedMessages().length);
            LOG.info("SEND {} messages with a {} KB PDF each: Relacja's outbox {} msg/s, bare Jakarta Mail loop {} msg/s, "
                    + "ratio {} (target >= 0.70)", MESSAGES, PDF_BYTES / 1024, round(relacjaRate), round(bareRate),
                    round(relacjaRate / bareRate));
            server.purgeEmailFromAllMailboxes();

            List<String> folders = new ArrayList<>(List.of("INBOX"));
            for (int i = 1; i < FOLDERS; i++) {
                folders.add("Klienci-" + i);
            }
            AccountSettings receiving = MailboxFixture.account("biuro", ADDRESS, imapPort, smtpPort,
                    Map.of("sentFolder", "", "folders", folders.toArray(new String[0])));
            deliver(server, company, folders, WARMUPS, "w");
            fetchBare(receiving, imapPort);
            fetchRelacja(f, receiving);
            server.purgeEmailFromAllMailboxes();
            deliver(server, company, folders, MESSAGES, "m");
            double bareFetch = fetchBare(receiving, imapPort);
            double relacjaFetch = fetchRelacja(f, receiving);
            LOG.info("RECEIVE {} messages over IMAP: Relacja's fetcher {} msg/s (parsed, stored, linked), bare Jakarta Mail "
                    + "fetch {} msg/s (bytes read only), ratio {}", MESSAGES, round(relacjaFetch), round(bareFetch),
                    round(relacjaFetch / bareFetch));
            LOG.info("Heap peak (all pools, this JVM incl. GreenMail's stored mail): {} MB", heapPeakMegabytes());
        } finally {
            server.stop();
        }
    }

    /** A distinct ~30 KB PDF per message in the core's file store, as invoice printouts would be. */
    private static List<StoredFile> pdfs(MailboxFixture f, int count, Random random) {
        f.as("ola");
        List<StoredFile> stored = new ArrayList<>(count);
        for (int from = 0; from < count; from += 200) {
            List<NewFile> batch = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 200); i++) {
                batch.add(new NewFile(new RecordRef("invoice", i + 1), "FS_" + (i + 1) + "_11_2026.pdf", "application/pdf",
                        new ByteArrayInputStream(pdf(random))));
            }
            stored.addAll(f.files.attachAll(batch));
        }
        return stored;
    }

    private static byte[] pdf(Random random) {
        byte[] bytes = new byte[PDF_BYTES];
        random.nextBytes(bytes);
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }

    private static double relacja(MailboxFixture f, AccountSettings account, List<StoredFile> pdfs) throws Exception {
        f.as("ola");
        long queueStart = System.nanoTime();
        for (int i = 0; i < pdfs.size(); i++) {
            StoredFile pdf = pdfs.get(i);
            f.mailbox.send(new OutgoingMail("biuro", List.of("Klient " + i + " <klient" + i + "@acme.pl>"), List.of(),
                    List.of(), "Faktura " + pdf.filename(), text(i), null, List.of(pdf.id()),
                    List.of(new RecordRef("invoice", i + 1))));
        }
        double queueSeconds = (System.nanoTime() - queueStart) / 1e9;
        f.signOut();
        OutboxSender sender = new OutboxSender(account, f.outbox, f.files, (module, event, properties) -> { },
                Clock.systemUTC());
        Subject admin = new Subject(true, Set.of(new UserPrincipal("admin")), Set.of(), Set.of());
        long start = System.nanoTime();
        int sent = 0;
        while (sent < pdfs.size()) {
            int round = Subject.doAs(admin, (PrivilegedExceptionAction<Integer>) sender::drain);
            if (round == 0) {
                throw new IllegalStateException("the outbox stopped sending after " + sent);
            }
            sent += round;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sender.close();
        LOG.info("Relacja: queued {} in {} s ({} msg/s), sent in {} s", pdfs.size(), round(queueSeconds),
                round(pdfs.size() / queueSeconds), round(seconds));
        return pdfs.size() / seconds;
    }

    private static double bare(AccountSettings account, int smtpPort, List<StoredFile> pdfs, Random random) throws Exception {
        Session session = Session.getInstance(account.smtpProperties());
        List<byte[]> contents = new ArrayList<>(pdfs.size());
        for (int i = 0; i < pdfs.size(); i++) {
            contents.add(pdf(random));
        }
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", smtpPort, ADDRESS, PASSWORD);
            for (int i = 0; i < pdfs.size(); i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(ADDRESS, "Firma", "UTF-8"));
                message.setRecipients(Message.RecipientType.TO, "Klient " + i + " <klient" + i + "@acme.pl>");
                message.setSubject("Faktura " + pdfs.get(i).filename(), "UTF-8");
                MimeBodyPart text = new MimeBodyPart();
                text.setText(text(i), "UTF-8");
                MimeBodyPart attachment = new MimeBodyPart();
                attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(contents.get(i), "application/pdf")));
                attachment.setFileName(pdfs.get(i).filename());
                message.setContent(new MimeMultipart("mixed", text, attachment));
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("Bare: sent {} in {} s", pdfs.size(), round(seconds));
        return pdfs.size() / seconds;
    }

    private static String text(int i) {
        return "Dzień dobry,\n\nw załączniku przesyłamy fakturę nr " + (i + 1) + "/11/2026 na kwotę " + (100 + i) + ",00 zł "
                + "z terminem płatności 14 dni.\n\nZ poważaniem";
    }

    /** Puts personalised ~2 KB messages straight into the company's folders, evenly. */
    private static void deliver(NoDelayGreenMail server, GreenMailUser company, List<String> folders, int count,
            String prefix) throws Exception {
        List<MailFolder> targets = new ArrayList<>();
        for (String name : folders) {
            MailFolder folder = server.getManagers().getImapHostManager().getFolder(company, name);
            targets.add(folder != null ? folder : server.getManagers().getImapHostManager().createMailbox(company, name));
        }
        Session session = Session.getInstance(new Properties());
        String filler = "Lorem ipsum dolor sit amet, zażółć gęślą jaźń. ".repeat(36);
        for (int i = 0; i < count; i++) {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("klient" + i + "@acme.pl", "Klient " + i, "UTF-8"));
            message.setRecipients(Message.RecipientType.TO, ADDRESS);
            message.setSubject("Zapytanie nr " + i, "UTF-8");
            message.setText("Dzień dobry, pytanie " + i + ".\n" + filler, "UTF-8");
            message.setHeader("Message-ID", "<" + prefix + i + "@acme.pl>");
            targets.get(i % targets.size()).store(message);
        }
    }

    private static double fetchBare(AccountSettings account, int imapPort) throws Exception {
        long start = System.nanoTime();
        int read = 0;
        try (Store store = Session.getInstance(account.imapProperties()).getStore("imap")) {
            store.connect("127.0.0.1", imapPort, ADDRESS, PASSWORD);
            FetchProfile whole = new FetchProfile();
            whole.add(UIDFolder.FetchProfileItem.UID);
            whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
            for (String name : account.folders()) {
                IMAPFolder folder = (IMAPFolder) store.getFolder(name);
                folder.open(Folder.READ_ONLY);
                Message[] messages = folder.getMessagesByUID(1, UIDFolder.MAXUID);
                for (int from = 0; from < messages.length; from += 100) {
                    Message[] batch = Arrays.copyOfRange(messages, from, Math.min(messages.length, from + 100));
                    folder.fetch(batch, whole);
                    for (Message m : batch) {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        m.writeTo(bytes);
                        read += bytes.size() > 0 ? 1 : 0;
                    }
                }
                folder.close(false);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("Bare: fetched {} in {} s", read, round(seconds));
        return read / seconds;
    }

    private static double fetchRelacja(MailboxFixture f, AccountSettings account) throws Exception {
        f.signOut();
        Subject admin = new Subject(true, Set.of(new UserPrincipal("admin")), Set.of(), Set.of());
        long start = System.nanoTime();
        FetchReport report;
        try (ImapFetcher fetcher = new ImapFetcher(account, f.inbox, f.inboxStore)) {
            report = Subject.doAs(admin, (PrivilegedExceptionAction<FetchReport>) fetcher::fetch);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("Relacja: {} in {} s", report, round(seconds));
        return report.stored() / seconds;
    }

    private static long heapPeakMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static String round(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
