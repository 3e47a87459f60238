package dev.relacja.scheduling.impl.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.relacja.camel.CamelContextFactory;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.scheduling.api.Alert;
import dev.relacja.scheduling.api.AlertChannel;
import dev.relacja.scheduling.api.UndeliverableAlertException;
import dev.relacja.testing.MutableClock;
import dev.relacja.scheduling.impl.SchedulingFixture;
import dev.relacja.scheduling.impl.persistence.AlertState;
import dev.relacja.scheduling.impl.persistence.DeliveryState;
import dev.relacja.scheduling.impl.persistence.StoredAlert;
import dev.relacja.scheduling.impl.persistence.StoredDelivery;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskDraft;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The e-mail channel through camel-mail against GreenMail on loopback, driven by the alert engine: one
 * message per alert with a Message-ID fixed by the alert, retried after the server was down, times in the
 * operator's zone across DST, and its configuration checked.
 */
class MailAlertChannelTest {
    private static final Instant T0 = Instant.parse("2026-03-20T10:00:00Z");
    private static final String PASSWORD = "sekretne-haslo-smtp";

    private final MutableClock clock = new MutableClock(T0);
    private final List<CamelContext> contexts = new ArrayList<>();
    private final CamelContextFactory camelContexts = this::context;
    private SchedulingFixture f;
    private Operator anna;
    private GreenMail smtp;
    private int port;

    private CamelContext context(String module, RoutesBuilder... routes) {
        try {
            DefaultCamelContext context = new DefaultCamelContext();
            context.getCamelContextExtension().setName("relacja-" + module);
            for (RoutesBuilder route : routes) {
                context.addRoutes(route);
            }
            context.start();
            contexts.add(context);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        f = new SchedulingFixture(clock, SchedulingFixture.alertConfig("email"));
        anna = f.operator(3, "anna", Role.OPERATOR, null);
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.setUser("relacja@relacja.test", "relacja", PASSWORD);
        smtp.start();
    }

    @AfterEach
    void tearDown() {
        contexts.forEach(CamelContext::stop);
        smtp.stop();
        f.close();
    }

    private MailAlertChannel channel(MailConfig config) {
        MailAlertChannel channel = new MailAlertChannel(camelContexts, f.operators, config);
        f.bind(AlertChannel.EMAIL, -1, 30, channel);
        return channel;
    }

    private Task task(String title, Instant deadline) {
        f.as(anna);
        return f.tasks.create(TaskDraft.titled(title).withSchedule(null, deadline));
    }

    @Test
    void anAlertArrivesOnceWithAMessageIdFixedByTheAlert() throws Exception {
        channel(config("127.0.0.1", port, "relacja", PASSWORD, "Relacja <relacja@relacja.test>", ""));
        Task task = task("Zażółć gęślą jaźń", T0.plus(Duration.ofMinutes(10)));
        tick(f.engine);
        tick(f.engine);

        assertTrue(smtp.waitForIncomingEmail(5_000, 1));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        StoredAlert alert = f.alertStore.alerts(task.id()).get(0);
        assertEquals("<relacja-alert-" + alert.id() + "@relacja.test>", received[0].getMessageID());
        assertEquals("anna@example.pl", ((InternetAddress) received[0].getAllRecipients()[0]).getAddress());
        assertEquals("relacja@relacja.test", ((InternetAddress) received[0].getFrom()[0]).getAddress());
        assertEquals("Przypomnienie: Zażółć gęślą jaźń — 20.03.2026 11:10 (Europe/Warsaw)", received[0].getSubject());
        assertTrue(received[0].getContentType().contains("UTF-8"), received[0].getContentType());
        String body = ((String) received[0].getContent());
        assertTrue(body.contains("Zadanie „Zażółć gęślą jaźń” ma termin 20.03.2026 11:10 (Europe/Warsaw)."), body);
        assertEquals("auto-generated", received[0].getHeader("Auto-Submitted")[0]);
        StoredDelivery delivery = f.alertStore.deliveries(alert.id()).get(0);
        assertEquals(DeliveryState.SENT, delivery.state());
        assertEquals(1, delivery.attempts());
    }

    @Test
    void whileTheServerIsDownTheDeliveryWaitsAndIsRetriedLater() throws Exception {
        channel(config("127.0.0.1", port, "", "", "relacja@relacja.test", "crm.firma.test"));
        smtp.stop();
        Task task = task("Serwer nie działa", T0.plus(Duration.ofMinutes(10)));
        tick(f.engine);
        StoredAlert alert = f.alertStore.alerts(task.id()).get(0);
        assertEquals(AlertState.FIRED, alert.state());
        StoredDelivery failed = f.alertStore.deliveries(alert.id()).get(0);
        assertEquals(DeliveryState.PENDING, failed.state());
        assertEquals(1, failed.attempts());
        assertEquals(T0.plus(Duration.ofSeconds(60)), failed.nextAttemptAt());
        assertFalse(failed.lastError().isBlank());

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        tick(f.engine);
        assertEquals(0, smtp.getReceivedMessages().length, "not before the backoff");
        clock.advance(Duration.ofSeconds(60));
        tick(f.engine);
        tick(f.engine);
        assertTrue(smtp.waitForIncomingEmail(5_000, 1));
        assertEquals(1, smtp.getReceivedMessages().length);
        assertEquals("<relacja-alert-" + alert.id() + "@crm.firma.test>", smtp.getReceivedMessages()[0].getMessageID());
        StoredDelivery sent = f.alertStore.deliveries(alert.id()).get(0);
        assertEquals(DeliveryState.SENT, sent.state());
        assertEquals(2, sent.attempts());
    }

    @Test
    void aResendAfterACrashBeforeTheCommitCarriesTheSameMessageId() throws Exception {
        MailAlertChannel channel = channel(config("127.0.0.1", port, "", "", "relacja@relacja.test", ""));
        Alert alert = new Alert(42, "relacja-alert-42", 7, "Raport", false, anna.id(), "anna", T0, 15,
                T0.minus(Duration.ofMinutes(15)), T0, false);
        f.as(anna); // the engine delivers as the alert's operator
        channel.deliver(alert);
        channel.deliver(alert);
        assertTrue(smtp.waitForIncomingEmail(5_000, 2));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(received[0].getMessageID(), received[1].getMessageID());
        assertEquals("<relacja-alert-42@relacja.test>", received[0].getMessageID());
    }

    @Test
    void wrongCredentialsFailWithoutThePasswordInTheRecordedError() {
        channel(config("127.0.0.1", port, "relacja", "zle-haslo-" + PASSWORD, "relacja@relacja.test", ""));
        Task task = task("Złe hasło", T0.plus(Duration.ofMinutes(10)));
        tick(f.engine);
        StoredDelivery failed = f.alertStore.deliveries(f.alertStore.alerts(task.id()).get(0).id()).get(0);
        assertEquals(DeliveryState.PENDING, failed.state());
        assertFalse(failed.lastError().contains(PASSWORD), failed.lastError());
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void timesAreTheOperatorsOwnAcrossDaylightSavingAndZones() throws Exception {
        MailAlertChannel channel = channel(config("127.0.0.1", port, "", "", "relacja@relacja.test", ""));
        // 01:30Z on 29 March 2026 is 03:30 in Warsaw (just after the spring change) and 21:30 the day before in New York
        Alert spring = new Alert(1, "relacja-alert-1", 7, "Po zmianie", true, anna.id(), "anna",
                Instant.parse("2026-03-29T01:30:00Z"), 60, Instant.parse("2026-03-29T00:30:00Z"),
                Instant.parse("2026-03-29T03:10:00Z"), true);
        InternetAddress to = new InternetAddress("anna@example.pl");
        MimeMessage warsaw = channel.message(spring, ZoneId.of("Europe/Warsaw"), to);
        assertEquals("Przypomnienie (spóźnione): Po zmianie — 29.03.2026 03:30 (Europe/Warsaw)", warsaw.getSubject());
        String body = (String) warsaw.getContent();
        assertTrue(body.contains("Aktywność „Po zmianie” zaczyna się 29.03.2026 03:30"), body);
        assertTrue(body.contains("This reminder is late"), body);
        MimeMessage newYork = channel.message(spring, ZoneId.of("America/New_York"), to);
        assertEquals("Przypomnienie (spóźnione): Po zmianie — 28.03.2026 21:30 (America/New_York)", newYork.getSubject());
        // the repeated autumn hour: 00:30Z and 01:30Z are both 02:30 in Warsaw, told apart by nothing but the instant
        Alert autumn = new Alert(2, "relacja-alert-2", 8, "Jesień", false, anna.id(), "anna",
                Instant.parse("2026-10-25T01:30:00Z"), 30, Instant.parse("2026-10-25T01:00:00Z"),
                Instant.parse("2026-10-25T01:00:00Z"), false);
        assertEquals("Przypomnienie: Jesień — 25.10.2026 02:30 (Europe/Warsaw)",
                channel.message(autumn, ZoneId.of("Europe/Warsaw"), to).getSubject());
    }

    @Test
    void withoutAHostEmailAlertsAreSkippedAndABrokenConfigurationStopsTheChannel() {
        MailAlertChannel off = new MailAlertChannel(camelContexts, f.operators, config("", 0, "", "", "", ""));
        Alert alert = new Alert(1, "relacja-alert-1", 7, "X", false, anna.id(), "anna", T0, 15, T0, T0, false);
        UndeliverableAlertException skipped = assertThrows(UndeliverableAlertException.class, () -> off.deliver(alert));
        assertTrue(skipped.getMessage().contains("no SMTP host"), skipped.getMessage());

        IllegalArgumentException broken = assertThrows(IllegalArgumentException.class,
                () -> new MailAlertChannel(camelContexts, f.operators, config("smtp.example.com", 70_000, "login", PASSWORD, "", "")));
        assertTrue(broken.getMessage().contains("from is required"), broken.getMessage());
        assertTrue(broken.getMessage().contains("port must be 0 to 65535"), broken.getMessage());
        assertFalse(broken.getMessage().contains(PASSWORD));
    }

    @Test
    void operatorsWhoAreGoneOrCannotSignInAreSkippedNotRetried() {
        MailAlertChannel channel = channel(config("127.0.0.1", port, "", "", "relacja@relacja.test", ""));
        f.as(anna);
        Alert gone = new Alert(1, "relacja-alert-1", 7, "X", false, 999, "ghost", T0, 15, T0, T0, false);
        assertTrue(assertThrows(UndeliverableAlertException.class, () -> channel.deliver(gone)).getMessage()
                .contains("no longer exists"));
        f.signOut();
        Alert signedOut = new Alert(2, "relacja-alert-2", 7, "X", false, anna.id(), "anna", T0, 15, T0, T0, false);
        assertTrue(assertThrows(UndeliverableAlertException.class, () -> channel.deliver(signedOut)).getMessage()
                .contains("can no longer sign in"));
    }

    private static MailConfig config(String host, int port, String username, String password, String from, String domain) {
        return new MailConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MailConfig.class;
            }

            @Override
            public String host() {
                return host;
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public Security security() {
                return Security.NONE;
            }

            @Override
            public String username() {
                return username;
            }

            @Override
            public String password() {
                return password;
            }

            @Override
            public String from() {
                return from;
            }

            @Override
            public String messageIdDomain() {
                return domain;
            }

            @Override
            public int timeoutSeconds() {
                return 5;
            }
        };
    }

    /** A tick as the timer runs it: on a thread where nobody is signed in. */
    private void tick(AlertEngine engine) {
        f.signOut();
        engine.tick();
    }
}
