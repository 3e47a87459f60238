package dev.relacja.scheduling.impl.alert;

import dev.relacja.camel.CamelContextFactory;
import dev.relacja.core.api.error.NotAuthenticatedException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.scheduling.api.Alert;
import dev.relacja.scheduling.api.AlertChannel;
import dev.relacja.scheduling.api.UndeliverableAlertException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.mail.MailEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in e-mail channel: a plain-text reminder to the operator's address in their core record, sent
 * through camel-mail to the SMTP server of {@code etc/dev.relacja.scheduling.mail.cfg}. Its Message-ID is
 * {@code <relacja-alert-<id>@<domain>>}, the same on every attempt, so the one duplicate at-least-once
 * delivery allows (a crash after the server accepted, before Relacja recorded it) is recognisable as such.
 * Ranked -1: the mailbox module's channel of the same name replaces it.
 */
@Component(configurationPid = MailConfig.PID,
        property = {AlertChannel.CHANNEL + "=" + AlertChannel.EMAIL, "service.ranking:Integer=-1"})
@Designate(ocd = MailConfig.class)
public class MailAlertChannel implements AlertChannel {
    private static final Logger LOG = LoggerFactory.getLogger(MailAlertChannel.class);

    private final OperatorService operators;
    private final CamelContext camel;
    private final MailEndpoint endpoint;
    private final ProducerTemplate producer;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final String password;

    @Activate
    public MailAlertChannel(@Reference CamelContextFactory camelContexts, @Reference OperatorService operators,
            MailConfig config) {
        this.operators = operators;
        String host = config.host() == null ? "" : config.host().strip();
        if (host.isEmpty()) {
            LOG.info("E-mail alerts are off: {} names no host", MailConfig.PID);
            camel = null;
            endpoint = null;
            producer = null;
            from = null;
            messageIdDomain = null;
            password = null;
            return;
        }
        List<String> problems = new ArrayList<>();
        from = sender(config, problems);
        messageIdDomain = blank(config.messageIdDomain()) ? (from == null ? null : domainOf(from.getAddress()))
                : config.messageIdDomain().strip();
        if (messageIdDomain != null && !messageIdDomain.matches("[A-Za-z0-9.-]+")) {
            problems.add("messageIdDomain '" + messageIdDomain + "' is not a domain name");
        }
        if (config.port() < 0 || config.port() > 65_535) {
            problems.add("port must be 0 to 65535, not " + config.port());
        }
        if (config.timeoutSeconds() < 1 || config.timeoutSeconds() > 600) {
            problems.add("timeoutSeconds must be 1 to 600, not " + config.timeoutSeconds());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(MailConfig.PID + ": " + String.join("; ", problems));
        }
        password = blank(config.password()) ? null : config.password();
        camel = camelContexts.create("scheduling-mail");
        endpoint = endpoint(camel, host, config);
        producer = camel.createProducerTemplate();
        LOG.info("E-mail alerts go through {}:{} ({}) from {}", host, port(config), config.security(), from);
    }

    private static InternetAddress sender(MailConfig config, List<String> problems) {
        String text = blank(config.from()) ? (config.username() == null ? "" : config.username().strip()) : config.from().strip();
        if (text.isEmpty() || !text.contains("@")) {
            problems.add("from is required (an e-mail address) when the user name is not one");
            return null;
        }
        try {
            InternetAddress address = new InternetAddress(text, true);
            return address;
        } catch (AddressException e) {
            problems.add("from '" + text + "' is not an e-mail address: " + e.getMessage());
            return null;
        }
    }

    private static int port(MailConfig config) {
        if (config.port() > 0) {
            return config.port();
        }
        return switch (config.security()) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case TLS -> 465;
        };
    }

    private static MailEndpoint endpoint(CamelContext camel, String host, MailConfig config) {
        boolean tls = config.security() == MailConfig.Security.TLS;
        String protocol = tls ? "smtps" : "smtp";
        long timeout = config.timeoutSeconds() * 1000L;
        MailEndpoint endpoint = camel.getEndpoint(protocol + "://" + host + ":" + port(config) + "?connectionTimeout="
                + timeout, MailEndpoint.class);
        MailConfiguration mail = endpoint.getConfiguration();
        if (!blank(config.username())) {
            // credentials on the configuration, never in the URI, so no endpoint listing or log shows them
            mail.setUsername(config.username().strip());
            mail.setPassword(blank(config.password()) ? null : config.password());
        }
        Properties properties = new Properties();
        properties.setProperty("mail." + protocol + ".timeout", Long.toString(timeout));
        properties.setProperty("mail." + protocol + ".writetimeout", Long.toString(timeout));
        if (config.security() == MailConfig.Security.STARTTLS) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        if (config.security() != MailConfig.Security.NONE) {
            properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        mail.setAdditionalJavaMailProperties(properties);
        return endpoint;
    }

    @Override
    public void deliver(Alert alert) throws Exception {
        if (camel == null) {
            throw new UndeliverableAlertException("e-mail alerts are off: " + MailConfig.PID + " names no SMTP host");
        }
        Operator operator;
        try {
            // the engine delivers as the alert's operator: one who can no longer sign in gets no mail
            operator = operators.find(alert.operatorId()).orElseThrow(
                    () -> new UndeliverableAlertException("operator " + alert.operator() + " no longer exists"));
        } catch (NotAuthenticatedException e) {
            throw new UndeliverableAlertException("operator " + alert.operator() + " can no longer sign in");
        }
        if (blank(operator.email())) {
            throw new UndeliverableAlertException("operator " + operator.username() + " has no e-mail address");
        }
        InternetAddress to;
        try {
            to = new InternetAddress(operator.email().strip(), true);
            to.setPersonal(operator.displayName(), StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new UndeliverableAlertException("operator " + operator.username() + " has no valid e-mail address ("
                    + operator.email() + ")");
        }
        // Jakarta Mail finds its providers through the context class loader: the Camel runtime's, as camel-mail does
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(camel.getApplicationContextClassLoader());
        try {
            MimeMessage message = message(alert, operator.timeZone(), to);
            Exchange sent = producer.send(endpoint, exchange -> exchange.getIn().setBody(message));
            if (sent.getException() != null) {
                throw new MessagingException(withoutPassword(sent.getException().getMessage()));
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Mail servers do not echo passwords, but an error text is stored and shown: make sure. */
    private String withoutPassword(String text) {
        return password == null || text == null ? text : text.replace(password, "***");
    }

    /** The reminder, in Polish and English; times in the operator's zone. */
    MimeMessage message(Alert alert, ZoneId zone, InternetAddress to) throws MessagingException {
        String messageId = "<" + alert.key() + "@" + messageIdDomain + ">";
        MimeMessage message = new FixedIdMessage(Session.getInstance(new Properties()), messageId);
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, to);
        message.setSubject(alert.subject(zone), StandardCharsets.UTF_8.name());
        message.setText(alert.text(zone), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(alert.firedAt()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Relacja-Alert", Long.toString(alert.id()));
        return message;
    }

    private static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @Deactivate
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    /** A message whose Message-ID stays the one given: Jakarta Mail would make up a new one on every send. */
    static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
