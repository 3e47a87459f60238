package dev.relacja.scheduling.impl.alert;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The SMTP server alert e-mails go through, in {@code etc/dev.relacja.scheduling.mail.cfg}. */
@ObjectClassDefinition(name = "Relacja alert e-mail",
        description = "The SMTP server the built-in e-mail alert channel sends through. Without a host, e-mail alerts are "
                + "recorded as skipped.")
public @interface MailConfig {
    String PID = "dev.relacja.scheduling.mail";

    /** How the connection is secured. */
    enum Security {
        /** Plain SMTP (a relay on the same host or network). */
        NONE,
        /** Plain SMTP upgraded with STARTTLS, which the server must offer (submission, port 587). */
        STARTTLS,
        /** SMTP over TLS from the first byte (SMTPS, port 465). */
        TLS
    }

    @AttributeDefinition(name = "SMTP host", required = false, description = "The SMTP server; empty: e-mail alerts are off")
    String host() default "";

    @AttributeDefinition(name = "Port", min = "0", max = "65535",
            description = "The server's port; 0: 25 for NONE, 587 for STARTTLS, 465 for TLS")
    int port() default 0;

    @AttributeDefinition(name = "Security", description = "NONE, STARTTLS or TLS")
    Security security() default Security.STARTTLS;

    @AttributeDefinition(name = "User name", required = false, description = "For SMTP AUTH; empty: no authentication")
    String username() default "";

    @AttributeDefinition(name = "Password", required = false, type = AttributeType.PASSWORD,
            description = "For SMTP AUTH; never logged nor shown")
    String password() default "";

    @AttributeDefinition(name = "From", required = false,
            description = "The sender address, e.g. Relacja <relacja@example.com>; empty: the user name, if it is an address")
    String from() default "";

    @AttributeDefinition(name = "Message-ID domain", required = false,
            description = "The part after @ of every alert's Message-ID, which names this installation; empty: the "
                    + "domain of the from address")
    String messageIdDomain() default "";

    @AttributeDefinition(name = "Timeout (seconds)", min = "1", max = "600",
            description = "How long connecting, reading and writing may each take")
    int timeoutSeconds() default 30;
}
