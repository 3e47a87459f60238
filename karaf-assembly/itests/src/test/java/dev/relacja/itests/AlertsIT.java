package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Alerts as a new user meets them in the booted distribution: a task with a near deadline and reminders
 * of its own; the in-app notification appears once (REST and shell) and is marked read; the e-mail arrives
 * at the operator's address in GreenMail (an OSGi bundle started by the test, on loopback), after the
 * channel's first attempts found no server and retried. Settings and reminders are validated at the edge.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AlertsIT extends RelacjaTestSupport {
    private static final String PASSWORD = "alerts-password-1";
    private static final String SMTP_PORT_PROPERTY = "relacja.itest.smtp.port";
    private static final String GREENMAIL_LOCATION = "mvn:com.icegreen/greenmail/2.1.8";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static boolean seeded;
    private static Mailbox mailbox;

    private String adminPassword;

    @Override
    @Configuration
    public Option[] config() {
        String smtpPort = Integer.toString(TestPorts.free());
        List<Option> options = new ArrayList<>(Arrays.asList(super.config()));
        options.add(editConfigurationFilePut("etc/system.properties", SMTP_PORT_PROPERTY, smtpPort));
        // a quick tick and quick retries, so the test sees in seconds what takes a minute by default
        options.add(editConfigurationFilePut("etc/dev.relacja.scheduling.cfg", "alertTickSeconds", "2"));
        options.add(editConfigurationFilePut("etc/dev.relacja.scheduling.cfg", "alertRetrySeconds", "2"));
        options.add(editConfigurationFilePut("etc/dev.relacja.scheduling.cfg", "alertRetryMaxMinutes", "1"));
        options.add(editConfigurationFilePut("etc/dev.relacja.scheduling.mail.cfg", "host", "127.0.0.1"));
        options.add(editConfigurationFilePut("etc/dev.relacja.scheduling.mail.cfg", "port", smtpPort));
        options.add(editConfigurationFilePut("etc/dev.relacja.scheduling.mail.cfg", "security", "NONE"));
        options.add(editConfigurationFilePut("etc/dev.relacja.scheduling.mail.cfg", "from", "Relacja <relacja@relacja.test>"));
        return options.toArray(new Option[0]);
    }

    @Before
    public void seed() throws Exception {
        adminPassword = initialAdminPassword();
        waitForRest("notifications", STARTUP_TIMEOUT);
        if (seeded) {
            return;
        }
        long kierownik = operator("szefowa", "MANAGER", null);
        operator("alicja", "OPERATOR", kierownik);
        operator("celina", "OPERATOR", kierownik);
        operator("bartek", "OPERATOR", null);
        seeded = true;
    }

    @AfterClass
    public static void stopMailbox() {
        if (mailbox != null) {
            mailbox.stop();
        }
    }

    @Test
    public void aNearDeadlineBringsOneInAppAlertAndOneEmail() throws Exception {
        // a minute ahead for all of celina's items; the task first, the mail server later: the e-mail
        // channel's first attempts fail and are retried
        assertTrue(ok(put("alert-settings/celina", "{\"reminders\":[1]}", null, "celina", PASSWORD)).get("custom")
                .asBoolean());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(75)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode task = created(post("tasks", "{\"title\":\"Oddzwonić do klienta\",\"deadline\":\"" + deadline + "\"}",
                "celina", PASSWORD));
        long id = task.get("id").asLong();
        JsonNode reminders = ok(put("calendar/items/" + id + "/reminders", "{\"reminders\":[1]}", null, "celina", PASSWORD));
        assertEquals("item", reminders.get("source").asText());
        assertEquals(1, reminders.get("reminders").get(0).asInt());
        assertRefused(put("calendar/items/" + id + "/reminders", "{\"reminders\":[-1]}", null, "celina", PASSWORD),
                "reminders");
        assertEquals(404, get("calendar/items/" + id + "/reminders", "bartek", PASSWORD).statusCode());

        JsonNode notification = awaitNotification(id);
        assertEquals("Oddzwonić do klienta", notification.get("title").asText());
        assertEquals(deadline, Instant.parse(notification.get("anchor").asText()));
        assertEquals(1, notification.get("minutesBefore").asInt());
        assertFalse(notification.get("late").asBoolean());

        mailbox = new Mailbox(bundleContext.installBundle(GREENMAIL_LOCATION),
                Integer.parseInt(System.getProperty(SMTP_PORT_PROPERTY)));
        String[] mail = mailbox.awaitOne(WAIT);
        assertEquals("celina@relacja.test", mail[0]);
        assertTrue(mail[1], mail[1].startsWith("Przypomnienie: Oddzwonić do klienta"));
        assertTrue(mail[2], mail[2].matches("<relacja-alert-\\d+@relacja\\.test>"));

        // exactly once: more ticks add nothing
        Thread.sleep(5_000);
        JsonNode list = ok(get("notifications", "celina", PASSWORD));
        assertEquals(1, countFor(list, id));
        assertEquals(1, mailbox.count());

        // the item's alert and how each channel delivered it
        JsonNode alerts = ok(get("calendar/items/" + id + "/alerts", "celina", PASSWORD));
        assertEquals(alerts.toString(), 1, alerts.size());
        assertEquals("FIRED", alerts.get(0).get("state").asText());
        assertTrue(mail[2], mail[2].equals("<relacja-alert-" + alerts.get(0).get("id").asLong() + "@relacja.test>"));
        for (JsonNode delivery : alerts.get(0).get("deliveries")) {
            assertEquals(delivery.toString(), "SENT", delivery.get("state").asText());
        }
        assertEquals(2, alerts.get(0).get("deliveries").size());

        // the shell shows it; marking read is all or nothing
        String shown = executeCommand("crm:notifications --unread", new UserPrincipal("celina"),
                new RolePrincipal("relacja-operator"));
        assertTrue(shown, shown.contains("Oddzwonić do klienta"));
        assertRefused(post("notifications", "{\"ids\":[" + notification.get("id").asLong() + ", 987654]}", "celina",
                PASSWORD), "ids");
        assertRefused(post("notifications", "{}", "celina", PASSWORD), "ids");
        assertTrue(ok(get("notifications?unread=true", "celina", PASSWORD)).get("unread").asLong() >= 1);
        JsonNode receipt = ok(post("notifications", "{\"all\":true}", "celina", PASSWORD));
        assertTrue(receipt.get("marked").asInt() >= 1);
        assertEquals(0, receipt.get("unread").asLong());
        assertEquals(0, ok(get("notifications", "celina", PASSWORD)).get("unread").asLong());
        assertEquals(0, countFor(ok(get("notifications", "bartek", PASSWORD)), id));
    }

    @Test
    public void alertSettingsAreTheOperatorsOwnTheirSupervisorsOrAnAdmins() throws Exception {
        JsonNode defaults = ok(get("alert-settings/alicja", "alicja", PASSWORD));
        assertFalse(defaults.get("custom").asBoolean());
        assertEquals(15, defaults.get("reminders").get(0).asInt());
        JsonNode set = ok(put("alert-settings/alicja", "{\"reminders\":[60,10]}", null, "szefowa", PASSWORD));
        assertTrue(set.get("custom").asBoolean());
        assertEquals("[10,60]", set.get("reminders").toString());
        assertRefused(put("alert-settings/alicja", "{\"reminders\":[10,10]}", null, "alicja", PASSWORD), "reminders");
        assertRefused(put("alert-settings/alicja", "{}", null, "alicja", PASSWORD), "reminders");
        assertEquals(403, get("alert-settings/alicja", "bartek", PASSWORD).statusCode());
        assertEquals("[10,60]", ok(get("alert-settings/alicja", "alicja", PASSWORD)).get("reminders").toString());

        String shell = executeCommand("crm:alert-settings --reset alicja", new UserPrincipal("alicja"),
                new RolePrincipal("relacja-operator"));
        assertTrue(shell, shell.contains("alicja: 15 min before [default]"));
    }

    @Test
    public void theOpenApiDocumentDescribesAlerts() throws Exception {
        JsonNode paths = ok(get("openapi.json", ADMIN, adminPassword)).get("paths");
        for (String path : new String[] {"/notifications", "/alert-settings/{login}", "/calendar/items/{id}/reminders",
            "/calendar/items/{id}/alerts"}) {
            assertTrue(path + " in " + paths.fieldNames(), paths.has(path));
        }
        assertTrue(paths.get("/notifications").has("post"));
    }

    private JsonNode awaitNotification(long itemId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode list = ok(get("notifications", "celina", PASSWORD));
            for (JsonNode item : list.get("items")) {
                if (item.get("itemId").asLong() == itemId) {
                    assertTrue(list.get("unread").asLong() >= 1);
                    return item;
                }
            }
            Thread.sleep(500);
        }
        fail("No notification of item " + itemId + " within " + WAIT);
        return null;
    }

    private static int countFor(JsonNode list, long itemId) {
        int count = 0;
        for (JsonNode item : list.get("items")) {
            count += item.get("itemId").asLong() == itemId ? 1 : 0;
        }
        return count;
    }

    private long operator(String username, String role, Long supervisorId) throws Exception {
        HttpResponse<String> created = post("operators", "{\"operator\":{\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"email\":\"" + username + "@relacja.test\",\"role\":\"" + role
                + "\",\"supervisorId\":" + supervisorId + "},\"password\":\"" + PASSWORD + "\"}", ADMIN, adminPassword);
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    /**
     * GreenMail's SMTP server inside Karaf, on the port the e-mail channel is configured with. Everything that
     * touches GreenMail types lives here: the probe imports them dynamically, once the bundle is installed.
     */
    static final class Mailbox {
        private final com.icegreen.greenmail.util.GreenMail server;

        Mailbox(Bundle bundle, int port) throws Exception {
            bundle.start();
            server = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1",
                    com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP));
            server.start();
        }

        /** Recipient, subject and Message-ID of the one message that arrives. */
        String[] awaitOne(Duration wait) throws Exception {
            assertTrue("no alert e-mail within " + wait, server.waitForIncomingEmail(wait.toMillis(), 1));
            jakarta.mail.internet.MimeMessage message = server.getReceivedMessages()[0];
            assertNotNull(message.getMessageID());
            return new String[] {((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress(),
                message.getSubject(), message.getMessageID()};
        }

        int count() {
            return server.getReceivedMessages().length;
        }

        void stop() {
            server.stop();
        }
    }
}
