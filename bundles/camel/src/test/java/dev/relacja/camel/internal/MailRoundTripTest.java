package dev.relacja.camel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import dev.relacja.camel.InboundMailHeaders;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** SMTP out and IMAP in through the embedded camel-mail, against GreenMail on loopback. */
class MailRoundTripTest {

    private static final String MAILBOX = "biuro@relacja.test";
    private static final String USER = "biuro";
    private static final String PASSWORD = "tajne-haslo";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(new ServerSetup[] {
        ServerSetupTest.SMTP.createCopy("127.0.0.1"), ServerSetupTest.IMAP.createCopy("127.0.0.1")}))
            .withPerMethodLifecycle(true);

    private final CamelContextFactoryImpl factory =
            new CamelContextFactoryImpl(getClass().getClassLoader(), Duration.ofSeconds(5));

    @Test
    void aMailSentOverSmtpIsPolledOverImapWithItsSubject() throws Exception {
        GREEN_MAIL.setUser(MAILBOX, USER, PASSWORD);
        List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
        CamelContext context = factory.create("mailbox", inbox(received));
        try {
            ProducerTemplate template = context.createProducerTemplate();
            template.sendBodyAndHeaders(smtpUri() + "&contentType=text/plain;charset=UTF-8"
                    + "&useHeaderSubject=true&useHeaderRecipients=true",
                    "Dzień dobry, w załączeniu oferta.",
                    Map.of("Subject", "Oferta OF/7/2026 — zażółć", "To", MAILBOX));

            awaitTrue(() -> received.size() == 1);
            Map<String, Object> mail = received.get(0);
            assertEquals("Oferta OF/7/2026 — zażółć", mail.get("Subject"));
            assertEquals("Dzień dobry, w załączeniu oferta.", mail.get("body"));
            assertEquals("text/plain; charset=UTF-8", GREEN_MAIL.getReceivedMessages()[0].getContentType());
            assertTrue(mail.keySet().stream().noneMatch(InboundMailHeaders::isRoutingHeader), mail.keySet().toString());
        } finally {
            context.stop();
        }
    }

    @Test
    void withoutUseHeaderSubjectTheSubjectHeaderIsIgnored() throws Exception {
        CamelContext context = factory.create("outbox");
        try {
            context.createProducerTemplate().sendBodyAndHeaders(smtpUri() + "&to=" + MAILBOX + "&subject=Z+adresu",
                    "Treść", Map.of("Subject", "Z nagłówka"));

            assertTrue(GREEN_MAIL.waitForIncomingEmail(5_000, 1));
            assertEquals("Z adresu", GREEN_MAIL.getReceivedMessages()[0].getSubject(),
                    "camel-mail 4.22 uses the endpoint's subject unless useHeaderSubject=true");
        } finally {
            context.stop();
        }
    }

    @Test
    void forgedRoutingHeadersInAReceivedMailAreStripped() throws Exception {
        GREEN_MAIL.setUser(MAILBOX, USER, PASSWORD);
        Session session = GreenMailUtil.getSession(GREEN_MAIL.getSmtp().getServerSetup());
        MimeMessage forged = new MimeMessage(session);
        forged.setFrom(new InternetAddress("obcy@example.invalid"));
        forged.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(MAILBOX));
        forged.setSubject("Faktura");
        forged.setText("Proszę o zapłatę.");
        forged.setHeader("CamelFileName", "../../etc/cron.d/evil");
        forged.setHeader("camelMailTo", "attacker@example.invalid");
        forged.setHeader("breadcrumbId", "forged");
        GreenMailUtil.sendMimeMessage(forged);

        List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
        CamelContext context = factory.create("mailbox", inbox(received));
        try {
            awaitTrue(() -> received.size() == 1);
            Map<String, Object> mail = received.get(0);
            assertEquals("Faktura", mail.get("Subject"));
            assertTrue(mail.keySet().stream().noneMatch(InboundMailHeaders::isRoutingHeader), mail.keySet().toString());
        } finally {
            context.stop();
        }
    }

    /** Polls the mailbox over IMAP, strips routing headers, and collects headers plus the body. */
    private static RouteBuilder inbox(List<Map<String, Object>> received) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                fromF("imap://127.0.0.1:%d?username=%s&password=%s&initialDelay=0&delay=100&mimeDecodeHeaders=true",
                        GREEN_MAIL.getImap().getPort(), USER, PASSWORD).routeId("inbox")
                        .process(e -> {
                            InboundMailHeaders.removeRoutingHeaders(e.getMessage());
                            e.getMessage().setHeader("body", e.getMessage().getBody(String.class).trim());
                            received.add(Map.copyOf(e.getMessage().getHeaders()));
                        });
            }
        };
    }

    private static String smtpUri() {
        return "smtp://127.0.0.1:" + GREEN_MAIL.getSmtp().getPort() + "?from=noreply@relacja.test";
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for mail");
            }
            Thread.sleep(50);
        }
    }

}
