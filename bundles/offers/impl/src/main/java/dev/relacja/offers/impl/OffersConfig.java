package dev.relacja.offers.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the offers module in {@code etc/dev.relacja.offers.cfg}; none is required. */
@ObjectClassDefinition(name = "Relacja offers",
        description = "How often sent offers past their validity date expire, and the admin timed work acts as.")
public @interface OffersConfig {
    /** The configuration PID the offers components read. */
    String PID = "dev.relacja.offers";
    /** The bounds of {@link #expiryCheckMinutes()}: at least once a day. */
    int MIN_EXPIRY_CHECK_MINUTES = 1;
    int MAX_EXPIRY_CHECK_MINUTES = 1440;

    @AttributeDefinition(name = "Expiry check (minutes)", min = "1", max = "1440",
            description = "How often sent offers whose validity date has passed are marked expired, and their "
                    + "owners told by a task; the first check runs a minute after start.")
    int expiryCheckMinutes() default 60;

    @AttributeDefinition(name = "Admin login",
            description = "The admin the expiry check runs as (each owner's task is created as the owner), and on "
                    + "whose behalf the offer numbering series OF (OF/{n}/{yyyy}, yearly) is defined when the first "
                    + "offer is sent and it is missing; an existing series is left as it is.")
    String adminLogin() default "admin";
}
