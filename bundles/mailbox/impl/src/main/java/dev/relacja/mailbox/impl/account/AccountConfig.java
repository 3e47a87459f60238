package dev.relacja.mailbox.impl.account;

import dev.relacja.mailbox.api.MailSecurity;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** One company mailbox: a factory configuration {@code etc/dev.relacja.mailbox.account-<name>.cfg}. */
@ObjectClassDefinition(name = "Relacja mail account",
        description = "A company mailbox Relacja receives from over IMAP and sends through over SMTP.")
public @interface AccountConfig {
    String PID = "dev.relacja.mailbox.account";

    @AttributeDefinition(name = "Name", description = "The account's key in Relacja: lower-case letters, digits and -, "
            + "at most 64, e.g. biuro")
    String name();

    @AttributeDefinition(name = "Address", description = "The account's e-mail address, e.g. biuro@firma.pl")
    String address();

    @AttributeDefinition(name = "Display name", required = false, description = "Shown with the address, e.g. Firma Sp. z o.o.")
    String displayName() default "";

    @AttributeDefinition(name = "Signature", required = false,
            description = "Appended to every message sent from the account; \\n for line breaks")
    String signature() default "";

    @AttributeDefinition(name = "IMAP host", required = false, description = "Empty: the account only sends")
    String imapHost() default "";

    @AttributeDefinition(name = "IMAP port", min = "0", max = "65535", description = "0: 143 for NONE and STARTTLS, 993 for TLS")
    int imapPort() default 0;

    @AttributeDefinition(name = "IMAP security", description = "NONE, STARTTLS or TLS")
    MailSecurity imapSecurity() default MailSecurity.TLS;

    @AttributeDefinition(name = "IMAP user", required = false, description = "Empty: the address")
    String imapUser() default "";

    @AttributeDefinition(name = "IMAP password", required = false, type = AttributeType.PASSWORD,
            description = "Never logged, shown or exported")
    String imapPassword() default "";

    @AttributeDefinition(name = "Folders", description = "The IMAP folders received into Relacja's inbox")
    String[] folders() default {"INBOX"};

    @AttributeDefinition(name = "Sent folder", required = false,
            description = "The IMAP folder a copy of each sent message is appended to (created when missing); empty: none")
    String sentFolder() default "Sent";

    @AttributeDefinition(name = "Poll (seconds)", min = "5", max = "86400", description = "How often the folders are checked")
    int pollSeconds() default 60;

    @AttributeDefinition(name = "IMAP IDLE", description = "Whether the first folder is also watched with IMAP IDLE on a "
            + "connection of its own, so new mail arrives in Relacja at once; the poll stays as the safety net")
    boolean idle() default false;

    @AttributeDefinition(name = "SMTP host", required = false, description = "Empty: the account only receives")
    String smtpHost() default "";

    @AttributeDefinition(name = "SMTP port", min = "0", max = "65535", description = "0: 25 for NONE, 587 for STARTTLS, 465 for TLS")
    int smtpPort() default 0;

    @AttributeDefinition(name = "SMTP security", description = "NONE, STARTTLS or TLS")
    MailSecurity smtpSecurity() default MailSecurity.STARTTLS;

    @AttributeDefinition(name = "SMTP user", required = false, description = "Empty: the IMAP user; with no password: no authentication")
    String smtpUser() default "";

    @AttributeDefinition(name = "SMTP password", required = false, type = AttributeType.PASSWORD,
            description = "Empty: the IMAP password. Never logged, shown or exported")
    String smtpPassword() default "";

    @AttributeDefinition(name = "Sends per minute", min = "0", max = "100000",
            description = "The provider's sending limit, kept by the outbox; 0: none")
    int sendsPerMinute() default 0;

    @AttributeDefinition(name = "Retry for (hours)", min = "1", max = "720",
            description = "How long a message the server cannot take for now (4xx, down) is retried before it fails")
    int retryHours() default 48;

    @AttributeDefinition(name = "Operators", required = false,
            description = "Logins who may use the account besides admins; empty: every operator")
    String[] operators() default {};

    @AttributeDefinition(name = "Act as", description = "The operator received mail is stored as (linking it needs one)")
    String actAs() default "admin";

    @AttributeDefinition(name = "Reply tokens", description = "Whether sent mail has Reply-To <local>+<token>@<domain>, "
            + "so replies from clients that drop References still find their thread; the server must deliver plus-addresses")
    boolean replyTokens() default true;

    @AttributeDefinition(name = "Message-ID domain", required = false,
            description = "The part after @ of the Message-IDs Relacja makes; empty: the address's domain")
    String messageIdDomain() default "";

    @AttributeDefinition(name = "Timeout (seconds)", min = "1", max = "600",
            description = "How long connecting, reading and writing may each take")
    int timeoutSeconds() default 30;
}
