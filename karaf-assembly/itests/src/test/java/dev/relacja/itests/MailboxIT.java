package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * A company mailbox as a new user sets it up in the booted distribution: an account configured by a factory
 * configuration file against GreenMail (IMAP and SMTP on loopback, an OSGi bundle the test starts); a customer's
 * message arrives and is linked to its counterparty; the reply from Relacja goes out through the outbox, lands in
 * the customer's inbox threaded to the question and in the account's IMAP Sent folder, and shows in Relacja's
 * Sent in the same thread. Passwords never show; bad input is refused by name.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MailboxIT extends RelacjaTestSupport {
    private static final String IMAP_PORT = "relacja.itest.imap.port";
    private static final String SMTP_PORT = "relacja.itest.smtp.port";
    private static final String ACCOUNT_CFG = "etc/dev.relacja.mailbox.account-biuro.cfg";
    private static final String MAILBOX_PASSWORD = "tajne-haslo-skrzynki";
    private static final String OPERATOR_PASSWORD = "operator-password-1";
    private static final String GREENMAIL_LOCATION = "mvn:com.icegreen/greenmail/2.1.8";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static Servers servers;

    private String adminPassword;

    @Override
    @Configuration
    public Option[] config() {
        String imapPort = Integer.toString(TestPorts.free());
        String smtpPort = Integer.toString(TestPorts.free());
        List<Option> options = new ArrayList<>(Arrays.asList(super.config()));
        options.add(editConfigurationFilePut("etc/system.properties", IMAP_PORT, imapPort));
        options.add(editConfigurationFilePut("etc/system.properties", SMTP_PORT, smtpPort));
        options.add(editConfigurationFilePut(ACCOUNT_CFG, "name", "biuro"));
        options.add(editConfigurationFilePut(ACCOUNT_CFG, "address", "biuro@firma.test"));
        options.add(editConfigurationFilePut(ACCOUNT_CFG, "displayName", "Firma Testowa"));
        options.add(editConfigurationFilePut(ACCOUNT_CFG, "signature", "Zespół Firmy Testowej"));
        options.add(editConfigurationFilePut(ACCOUNT_CFG, "imapHost", "127.0.0.1"));
        options.add(editConfigurationFilePut(ACCOUNT_CFG, "imapPort", imapPort));
        options.add(editConfigurationFilePut(ACCOUNT_CFG, "imapSecurity", "NONE"));
        options.add(editConfigurationFilePut(ACCOUNT_CFG, "imapPassword", MAILBOX_PASSWORD));
        options.add(editConfigurationFilePut(ACCOUNT_CFG, "smtpHost", "127.0.0.1"));
        options.add(editConfigurationFilePut(ACCOUNT_CFG, "smtpPort", smtpPort));
        options.add(editConfigurationFilePut(ACCOUNT_CFG, "smtpSecurity", "NONE"));
        options.add(editConfigurationFilePut(ACCOUNT_CFG, "pollSeconds", "5"));
        options.add(editConfigurationFilePut(ACCOUNT_CFG, "idle", "true"));
        // the bridges to the calendar's alerts and the tasks module's activities, and a quick alert tick
        options.add(editConfigurationFilePut("etc/dev.relacja.mailbox.alerts.cfg", "account", "biuro"));
        options.add(editConfigurationFilePut("etc/dev.relacja.mailbox.activities.cfg", "accounts", "biuro"));
        options.add(editConfigurationFilePut("etc/dev.relacja.scheduling.cfg", "alertTickSeconds", "2"));
        return options.toArray(new Option[0]);
    }

    @Before
    public void startServers() throws Exception {
        adminPassword = initialAdminPassword();
        waitForRest("mail/accounts", STARTUP_TIMEOUT);
        if (servers == null) {
            servers = new Servers(bundleContext.installBundle(GREENMAIL_LOCATION),
                    Integer.parseInt(System.getProperty(IMAP_PORT)), Integer.parseInt(System.getProperty(SMTP_PORT)));
        }
    }

    /** Pax Exam runs each test method as a request of its own inside Karaf, so this runs after every method. */
    @AfterClass
    public static void stopServers() {
        if (servers != null) {
            servers.stop();
            servers = null;
        }
    }

    @Test
    public void aCustomersMessageArrivesLinkedAndTheReplyGoesOutThreaded() throws Exception {
        JsonNode accounts = awaitAccounts();
        assertEquals("biuro@firma.test", accounts.get(0).get("address").asText());
        assertFalse("no password in REST answers", accounts.toString().contains(MAILBOX_PASSWORD));
        String shown = executeCommand("crm:mail-accounts", new UserPrincipal(ADMIN), new RolePrincipal("relacja-admin"));
        assertTrue(shown, shown.contains("biuro") && !shown.contains(MAILBOX_PASSWORD));

        long acme = created(post("counterparties", "{\"code\":\"ACME\",\"name\":\"Acme Sp. z o.o.\",\"kind\":\"COMPANY\","
                + "\"nip\":\"5261040828\",\"emails\":[\"jan@acme.test\"]}", ADMIN, adminPassword)).get("id").asLong();
        servers.deliverToCompany("Message-ID: <pytanie-1@acme.test>\r\nFrom: Jan Nowak <jan@acme.test>\r\n"
                + "To: biuro@firma.test\r\nSubject: =?UTF-8?Q?Zapytanie_o_ofert=C4=99?=\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<p>Prosz&#281; o ofert&#281;</p><script>alert('x')</script>\r\n");

        JsonNode received = awaitOne("mail/messages?folder=INBOX&counterparty=" + acme);
        long questionId = received.get("id").asLong();
        JsonNode question = ok(get("mail/messages/" + questionId, ADMIN, adminPassword));
        assertEquals("Zapytanie o ofertę", question.get("subject").asText());
        assertTrue(question.get("html").asText(), question.get("html").asText().contains("Proszę o ofertę"));
        assertFalse(question.get("html").asText(), question.get("html").asText().contains("script"));

        assertRefused(post("mail/messages", "{\"to\":[\"nie adres\"],\"subject\":\"x\",\"text\":\"y\"}", ADMIN,
                adminPassword), "to");
        HttpResponse<String> template = put("mail/templates/odpowiedz-na-zapytanie", "{\"name\":\"Odpowiedź na zapytanie\","
                + "\"recordType\":\"counterparty\",\"texts\":{\"pl\":{\"subject\":\"Odpowiedź\","
                + "\"text\":\"Dzień dobry,\\ndla ${counterparty.name} oferta w drodze.\\n${operator.name}\"}}}", null, ADMIN,
                adminPassword);
        assertEquals(template.body(), 201, template.statusCode());
        JsonNode reply = created(post("mail/messages/" + questionId + "/reply", "{\"template\":\"odpowiedz-na-zapytanie\"}",
                ADMIN, adminPassword));
        assertEquals("QUEUED", reply.get("status").asText());
        assertEquals("Re: Zapytanie o ofertę", reply.get("subject").asText());
        String messageId = reply.get("messageId").asText();

        JsonNode sent = awaitStatus(reply.get("id").asLong(), "SENT");
        assertEquals("SENT", sent.get("folder").asText());
        assertEquals(question.get("threadId").asLong(), sent.get("threadId").asLong());
        assertEquals(acme, sent.get("counterpartyId").asLong());

        String[] arrived = servers.awaitAt("jan@acme.test", WAIT);
        assertEquals(messageId, arrived[0]);
        assertEquals("<pytanie-1@acme.test>", arrived[1]);
        assertTrue(arrived[2], arrived[2].contains("dla Acme Sp. z o.o. oferta w drodze."));
        assertTrue(arrived[2], arrived[2].contains("Zespół Firmy Testowej"));
        assertTrue("the account's IMAP Sent folder holds the reply", awaitSentCopy(messageId));
        JsonNode thread = ok(get("mail/messages?thread=" + question.get("threadId").asLong(), ADMIN, adminPassword));
        assertEquals(2, thread.get("total").asInt());
    }

    @Test
    public void anInvoiceGoesOutWithTheBuiltInTemplateAndAnAdminsTemplateIsCheckedAgainstARealRecord() throws Exception {
        awaitAccounts();
        long buyer = companyAndBuyer("BETA", "5260250274", "faktury@beta.test");
        long invoice = issuedInvoice(buyer);
        String number = ok(get("invoices/" + invoice, ADMIN, adminPassword)).get("number").asText();

        JsonNode templates = ok(get("mail/templates", ADMIN, adminPassword));
        assertEquals(templates.toString(), "invoice", templates.findValuesAsText("code").stream()
                .filter("invoice"::equals).findFirst().orElse(null));
        JsonNode preview = ok(post("mail/templates/invoice/preview", "{\"language\":\"pl\",\"recordId\":" + invoice
                + ",\"account\":\"biuro\",\"to\":\"faktury@beta.test\"}", ADMIN, adminPassword));
        assertEquals("Faktura " + number + " – Firma Testowa Sp. z o.o.", preview.get("subject").asText());
        assertTrue(preview.toString(), preview.get("text").asText().contains("na kwotę 246,00 PLN"));
        assertTrue(preview.toString(), preview.get("text").asText().contains("61 1090 1014 0000 0712 1981 2874"));

        HttpResponse<String> syntax = put("mail/templates/zepsuty", "{\"name\":\"Zepsuty\",\"recordType\":\"invoice\","
                + "\"texts\":{\"pl\":{\"subject\":\"<#if>\",\"text\":\"x\"}}}", null, ADMIN, adminPassword);
        assertRefused(syntax, "texts.pl.subject");
        created(put("mail/templates/literowka", "{\"name\":\"Literówka\",\"recordType\":\"invoice\","
                + "\"texts\":{\"pl\":{\"subject\":\"Faktura\",\"text\":\"Dzień dobry,\\nnumer ${invoice.numer}\"}}}", null,
                ADMIN, adminPassword));
        HttpResponse<String> unknown = post("mail/templates/literowka/preview", "{\"recordId\":" + invoice + "}", ADMIN,
                adminPassword);
        assertRefused(unknown, "texts.pl.text");
        assertTrue(unknown.body(), unknown.body().contains("line 2") && unknown.body().contains("invoice.numer"));

        JsonNode queued = created(post("mail/messages", "{\"to\":[\"faktury@beta.test\"],\"template\":\"invoice\","
                + "\"recordId\":" + invoice + ",\"records\":[{\"type\":\"invoice\",\"id\":" + invoice + "}]}", ADMIN,
                adminPassword));
        assertEquals(preview.get("subject").asText(), queued.get("subject").asText());
        awaitStatus(queued.get("id").asLong(), "SENT");
        String[] arrived = servers.awaitAt("faktury@beta.test", WAIT);
        assertTrue(arrived[2], arrived[2].contains("fakturę " + number));
        assertEquals(1, ok(get("mail/messages?record=invoice:" + invoice, ADMIN, adminPassword)).get("total").asInt());
    }

    @Test
    public void issuedInvoicesGoOutAsASendJobWhoseProgressShows() throws Exception {
        awaitAccounts();
        long gamma = companyAndBuyer("GAMMA", "7740001454", "ksiegowosc@gamma.test");
        long[] invoices = {issuedInvoice(gamma), issuedInvoice(gamma)};
        assertRefused(post("mail/send-jobs", "{\"template\":\"invoice\",\"recordIds\":[" + invoices[0] + ","
                + invoices[0] + "]}", ADMIN, adminPassword), "recordIds");

        JsonNode job = created(post("mail/send-jobs", "{\"name\":\"Faktury listopad\",\"template\":\"invoice\","
                + "\"recordIds\":[" + invoices[0] + "," + invoices[1] + "]}", ADMIN, adminPassword));
        assertEquals(2, job.get("total").asInt());

        Instant until = Instant.now().plus(WAIT);
        JsonNode progress = job;
        while (progress.get("sent").asInt() < 2 && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            progress = ok(get("mail/send-jobs/" + job.get("id").asLong(), ADMIN, adminPassword));
        }
        assertEquals(progress.toString(), 2, progress.get("sent").asInt());
        assertEquals("DONE", progress.get("status").asText());
        JsonNode items = ok(get("mail/send-jobs/" + job.get("id").asLong() + "/items", ADMIN, adminPassword));
        assertEquals("ksiegowosc@gamma.test", items.get("items").get(0).get("recipient").asText());
        assertEquals("SENT", items.get("items").get(1).get("messageStatus").asText());
        assertEquals(2, servers.inboxCount("ksiegowosc@gamma.test"));
        String listed = executeCommand("crm:mail-jobs", new UserPrincipal(ADMIN), new RolePrincipal("relacja-admin"));
        assertTrue(listed, listed.contains("\"Faktury listopad\"") && listed.contains("2/2 sent"));

        // an invoice run's invoices, named as the run: one more message to GAMMA, with the run's invoice
        long scheme = created(post("cyclic-schemes", "{\"name\":\"Abonament\",\"unit\":\"MONTHS\",\"issueDay\":\"1\","
                + "\"activeFrom\":\"2026-10-01\",\"items\":[{\"name\":\"Abonament\",\"unit\":\"mies.\","
                + "\"quantity\":1,\"netPrice\":50.00,\"vatRate\":\"23\"}]}", ADMIN, adminPassword)).get("id").asLong();
        created(post("cyclic-schemes/" + scheme + "/participants", "{\"counterpartyId\":" + gamma + ",\"overrides\":[]}",
                ADMIN, adminPassword));
        JsonNode run = created(post("invoice-runs?wait=true", "{\"schemeId\":" + scheme + ",\"upTo\":\"2026-10-31\"}",
                ADMIN, adminPassword));
        assertEquals(run.toString(), 1, run.get("created").asInt());
        assertRefused(post("mail/send-jobs", "{\"template\":\"invoice\",\"recordsOf\":\"invoice-run:999999\"}", ADMIN,
                adminPassword), "recordsOf");
        String started = executeCommand("crm:mail-job-start --records-of invoice-run:" + run.get("id").asLong()
                + " invoice", new UserPrincipal(ADMIN), new RolePrincipal("relacja-admin"));
        assertTrue(started, started.contains("invoice-run:" + run.get("id").asLong()) && started.contains("/1 sent"));
        until = Instant.now().plus(WAIT);
        while (servers.inboxCount("ksiegowosc@gamma.test") < 3 && Instant.now().isBefore(until)) {
            Thread.sleep(500);
        }
        assertEquals(3, servers.inboxCount("ksiegowosc@gamma.test"));
    }

    @Test
    public void alertsGoOutThroughTheAccountAndReceivedMailRegistersAnActivity() throws Exception {
        awaitAccounts();
        HttpResponse<String> ewa = post("operators", "{\"operator\":{\"username\":\"ewa\",\"displayName\":\"Ewa\","
                + "\"email\":\"ewa@firma.test\",\"role\":\"OPERATOR\"},\"password\":\"" + OPERATOR_PASSWORD + "\"}",
                ADMIN, adminPassword);
        assertEquals(ewa.body(), 201, ewa.statusCode());
        ok(put("alert-settings/ewa", "{\"reminders\":[1]}", null, "ewa", OPERATOR_PASSWORD));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(70)).truncatedTo(ChronoUnit.SECONDS);
        long task = created(post("tasks", "{\"title\":\"Zadzwonić do Delty\",\"deadline\":\"" + deadline + "\"}",
                "ewa", OPERATOR_PASSWORD)).get("id").asLong();

        // the alert is an outbox message of the account, about the task, with the alert's key as its Message-ID
        JsonNode alertMail = awaitOne("mail/messages?folder=SENT&record=task:" + task);
        String[] arrived = servers.awaitAt("ewa@firma.test", WAIT);
        assertTrue(arrived[0], arrived[0].matches("<relacja-alert-\\d+\\.[a-z2-9]{16}@firma\\.test>"));
        assertEquals(arrived[0], ok(get("mail/messages/" + alertMail.get("id").asLong(), ADMIN, adminPassword))
                .get("messageId").asText());
        assertTrue(arrived[2], arrived[2].contains("Zadanie „Zadzwonić do Delty” ma termin"));
        JsonNode alerts = ok(get("calendar/items/" + task + "/alerts", "ewa", OPERATOR_PASSWORD));
        assertTrue(arrived[0], arrived[0].startsWith("<relacja-alert-" + alerts.get(0).get("id").asLong() + "."));
        assertTrue("the account's IMAP Sent folder holds the alert", awaitSentCopy(arrived[0]));
        assertEquals(1, servers.inboxCount("ewa@firma.test"));

        // a message from a counterparty registers a done e-mail activity for it, filed with the message
        long delta = created(post("counterparties", "{\"code\":\"DELTA\",\"name\":\"Delta Sp. z o.o.\","
                + "\"kind\":\"COMPANY\",\"nip\":\"1132191233\",\"emails\":[\"anna@delta.test\"]}", ADMIN, adminPassword))
                .get("id").asLong();
        servers.deliverToCompany("Message-ID: <reklamacja-7@delta.test>\r\nFrom: Anna <anna@delta.test>\r\n"
                + "To: biuro@firma.test\r\nSubject: Dostawa\r\n\r\nKiedy dostawa?\r\n");
        JsonNode received = awaitOne("mail/messages?folder=INBOX&counterparty=" + delta);
        JsonNode activity = awaitActivityOf(received.get("id").asLong());
        assertEquals("E-mail: Dostawa", activity.get("title").asText());
        assertEquals("email", activity.get("type").asText());
        assertEquals(delta, activity.get("counterpartyId").asLong());
        assertEquals("DONE", activity.get("status").asText());
        assertTrue(activity.toString(), activity.get("description").asText().contains("Kiedy dostawa?"));
    }

    @Test
    public void aPartnersClassifierRoutesAComplaintToATask() throws Exception {
        awaitAccounts();
        featuresService.installFeature("relacja-sample-partner", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        try {
            waitForRest("mail/messages", STARTUP_TIMEOUT);
            long omega = created(post("counterparties", "{\"code\":\"OMEGA\",\"name\":\"Omega S.A.\","
                    + "\"kind\":\"COMPANY\",\"nip\":\"9512345675\",\"emails\":[\"serwis@omega.test\"]}", ADMIN,
                    adminPassword)).get("id").asLong();
            servers.deliverToCompany("Message-ID: <zgloszenie-3@omega.test>\r\nFrom: serwis@omega.test\r\n"
                    + "To: biuro@firma.test\r\nSubject: Reklamacja dostawy 4411\r\n\r\nTowar uszkodzony.\r\n");
            long message = awaitOne("mail/messages?folder=INBOX&counterparty=" + omega).get("id").asLong();

            JsonNode task = awaitTaskTitled(message, "Rozpatrzyć: Reklamacja dostawy 4411");
            assertEquals(omega, task.get("counterpartyId").asLong());
            assertEquals("HIGH", task.get("priority").asText());
            String audit = ok(get("mail/messages/" + message + "/audit", ADMIN, adminPassword)).toString();
            assertTrue(audit, audit.contains("complaint: opened task " + task.get("id").asLong()));
        } finally {
            featuresService.uninstallFeature("relacja-sample-partner", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        }
    }

    /** The task with this title a classifier filed the message under. */
    private JsonNode awaitTaskTitled(long messageId, String title) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            for (JsonNode record : ok(get("mail/messages/" + messageId, ADMIN, adminPassword)).get("records")) {
                if ("task".equals(record.get("type").asText())) {
                    JsonNode task = ok(get("tasks/" + record.get("id").asLong(), ADMIN, adminPassword));
                    if (title.equals(task.get("title").asText())) {
                        return task;
                    }
                }
            }
            Thread.sleep(500);
        }
        fail("message " + messageId + " was never filed under a task titled " + title);
        return null;
    }

    /** The task a classifier filed the message under (classifiers run after the message shows). */
    private JsonNode awaitActivityOf(long messageId) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            for (JsonNode record : ok(get("mail/messages/" + messageId, ADMIN, adminPassword)).get("records")) {
                if ("task".equals(record.get("type").asText())) {
                    return ok(get("tasks/" + record.get("id").asLong(), ADMIN, adminPassword));
                }
            }
            Thread.sleep(500);
        }
        fail("message " + messageId + " was never filed under an activity");
        return null;
    }

    /** The company profile (once) and a buyer who consents to e-mail. */
    private long companyAndBuyer(String code, String nip, String email) throws Exception {
        HttpResponse<String> company = get("company", ADMIN, adminPassword);
        assertEquals(company.body(), 200, put("company", "{\"name\":\"Firma Testowa Sp. z o.o.\",\"nip\":\"5261040828\","
                + "\"street\":\"ul. Długa 1\",\"postalCode\":\"31-147\",\"city\":\"Kraków\","
                + "\"bankAccounts\":[\"61 1090 1014 0000 0712 1981 2874\"],\"defaultCurrency\":\"PLN\","
                + "\"timeZone\":\"Europe/Warsaw\"}", company.headers().firstValue("ETag").orElseThrow(), ADMIN,
                adminPassword).statusCode());
        return created(post("counterparties", "{\"code\":\"" + code + "\",\"name\":\"" + code + " S.A.\","
                + "\"kind\":\"COMPANY\",\"nip\":\"" + nip + "\",\"emails\":[\"" + email + "\"],\"emailConsent\":true}",
                ADMIN, adminPassword)).get("id").asLong();
    }

    private long issuedInvoice(long buyer) throws Exception {
        long invoice = created(post("invoices", "{\"counterpartyId\":" + buyer + ",\"lines\":[{\"name\":\"Wdrożenie\","
                + "\"unit\":\"usł.\",\"quantity\":2,\"unitPrice\":100.00,\"vatRate\":\"23\"}]}", ADMIN, adminPassword))
                .get("id").asLong();
        ok(post("invoices/" + invoice + "/issue", "", ADMIN, adminPassword));
        return invoice;
    }

    private JsonNode awaitAccounts() throws Exception {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            JsonNode accounts = ok(get("mail/accounts", ADMIN, adminPassword));
            if (accounts.size() > 0) {
                return accounts;
            }
            Thread.sleep(500);
        }
        fail("the account configured in " + ACCOUNT_CFG + " never came up");
        return null;
    }

    private JsonNode awaitOne(String path) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            JsonNode page = ok(get(path, ADMIN, adminPassword));
            if (page.get("total").asInt() > 0) {
                assertEquals(page.toString(), 1, page.get("total").asInt());
                return page.get("items").get(0);
            }
            Thread.sleep(500);
        }
        fail("nothing at " + path + " within " + WAIT);
        return null;
    }

    private JsonNode awaitStatus(long id, String status) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        JsonNode message = null;
        while (Instant.now().isBefore(until)) {
            message = ok(get("mail/messages/" + id, ADMIN, adminPassword));
            if (status.equals(message.get("status").asText())) {
                return message;
            }
            Thread.sleep(500);
        }
        fail("message " + id + " never became " + status + ": " + message);
        return null;
    }

    private boolean awaitSentCopy(String messageId) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            if (servers.sentFolderHas(messageId)) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    /**
     * GreenMail's IMAP and SMTP servers inside Karaf, with the company's mailbox user. Everything that touches
     * GreenMail types lives here: the probe imports them dynamically, once the bundle is installed.
     */
    static final class Servers {
        private final com.icegreen.greenmail.util.GreenMail server;
        private final com.icegreen.greenmail.user.GreenMailUser company;

        Servers(Bundle bundle, int imapPort, int smtpPort) throws Exception {
            bundle.start();
            server = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup[] {
                new com.icegreen.greenmail.util.ServerSetup(imapPort, "127.0.0.1", "imap"),
                new com.icegreen.greenmail.util.ServerSetup(smtpPort, "127.0.0.1", "smtp")});
            server.start();
            company = server.setUser("biuro@firma.test", "biuro@firma.test", MAILBOX_PASSWORD);
        }

        void deliverToCompany(String raw) throws Exception {
            company.deliver(com.icegreen.greenmail.util.GreenMailUtil.newMimeMessage(raw));
        }

        /** Message-ID, In-Reply-To and text of the first message delivered to {@code address}. */
        String[] awaitAt(String address, Duration wait) throws Exception {
            Instant until = Instant.now().plus(wait);
            while (Instant.now().isBefore(until)) {
                for (jakarta.mail.internet.MimeMessage m : server.getReceivedMessagesForDomain(address.substring(
                        address.indexOf('@') + 1))) {
                    // the decoded text, read without Activation's content handlers
                    return new String[] {m.getMessageID(), m.getHeader("In-Reply-To", null),
                        new String(m.getInputStream().readAllBytes(), StandardCharsets.UTF_8)};
                }
                Thread.sleep(300);
            }
            fail("nothing arrived for " + address + " within " + wait);
            return null;
        }

        /** Messages in the address's inbox (the received-messages list also holds what was appended over IMAP). */
        int inboxCount(String address) throws Exception {
            com.icegreen.greenmail.user.GreenMailUser user = server.getUserManager().getUserByEmail(address);
            return user == null ? 0 : server.getManagers().getImapHostManager().getInbox(user).getMessageCount();
        }

        boolean sentFolderHas(String messageId) throws Exception {
            com.icegreen.greenmail.store.MailFolder sent = server.getManagers().getImapHostManager().getFolder(company, "Sent");
            if (sent == null) {
                return false;
            }
            for (com.icegreen.greenmail.store.StoredMessage m : sent.getMessages()) {
                if (messageId.equals(m.getMimeMessage().getMessageID())) {
                    return true;
                }
            }
            return false;
        }

        void stop() {
            server.stop();
        }
    }
}
