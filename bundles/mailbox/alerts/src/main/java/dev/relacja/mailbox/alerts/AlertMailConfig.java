package dev.relacja.mailbox.alerts;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/dev.relacja.mailbox.alerts.cfg}: which company mailbox alerts go out through; without it they do not. */
@ObjectClassDefinition(name = "Relacja alerts by company mail",
        description = "Operators' e-mail alerts are sent from a mailbox account through its outbox (replacing the "
                + "calendar's plain SMTP channel)")
public @interface AlertMailConfig {
    String PID = "dev.relacja.mailbox.alerts";

    @AttributeDefinition(name = "Account", description = "The name of the mail account alerts are sent from, e.g. powiadomienia")
    String account();

    @AttributeDefinition(name = "Send as", description = "The operator alert messages are queued as (shown as their "
            + "author in the account's Sent folder); must be allowed to send from the account")
    String sendAs() default "admin";
}
