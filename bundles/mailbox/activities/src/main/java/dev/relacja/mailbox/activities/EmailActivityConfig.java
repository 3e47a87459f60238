package dev.relacja.mailbox.activities;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/dev.relacja.mailbox.activities.cfg}: the accounts whose received mail is registered as activities. */
@ObjectClassDefinition(name = "Relacja activities from received mail",
        description = "Each message received into the chosen mail accounts registers a done activity of type e-mail "
                + "for its counterparty")
public @interface EmailActivityConfig {
    String PID = "dev.relacja.mailbox.activities";

    @AttributeDefinition(name = "Accounts", description = "The names of the mail accounts, e.g. biuro, sprzedaz; * for all")
    String[] accounts();

    @AttributeDefinition(name = "Activity type", description = "The tasks module's type the activities get")
    String type() default "email";
}
