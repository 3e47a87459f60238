package dev.relacja.offers.impl.offer;

import dev.relacja.camel.CamelContextFactory;
import dev.relacja.offers.impl.OffersConfig;
import java.security.PrivilegedAction;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the offers module's CamelContext: a timer route that runs {@link OfferExpiry#expireOverdue()} every
 * {@code expiryCheckMinutes}, the first time a minute after start, on behalf of the configured admin (the check
 * reads the company's time zone and the operators; each owner's task is then created as that owner). A check
 * that fails is logged and the next one tries again; a check missed while Karaf was down is no loss, since the
 * next expires everything overdue.
 */
@Component(immediate = true, configurationPid = OffersConfig.PID)
@Designate(ocd = OffersConfig.class)
public class OfferExpiryTimer {
    private static final Logger LOG = LoggerFactory.getLogger(OfferExpiryTimer.class);
    private static final long FIRST_CHECK_MILLIS = 60_000L;

    private final CamelContext camel;

    @Activate
    public OfferExpiryTimer(@Reference CamelContextFactory camelContexts, @Reference OfferExpiry expiry,
            OffersConfig config) {
        long period = checkMinutes(config.expiryCheckMinutes()) * 60_000L;
        Subject admin = new Subject(true, Set.of(new UserPrincipal(config.adminLogin())), Set.of(), Set.of());
        camel = camelContexts.create("offers", new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true)
                        .process(exchange -> LOG.warn("An offer expiry check failed; the next one tries again",
                                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
                from("timer:relacja-offer-expiry?fixedRate=false&delay=" + FIRST_CHECK_MILLIS + "&period=" + period)
                        .routeId("offer-expiry")
                        .process(exchange -> check(expiry, admin));
            }
        });
        LOG.info("Sent offers past their validity expire every {} min", config.expiryCheckMinutes());
    }

    @SuppressWarnings("removal") // Subject.doAs: Karaf 4.4's JAAS Subjects still travel this way on Java 17
    private static void check(OfferExpiry expiry, Subject admin) {
        Subject.doAs(admin, (PrivilegedAction<Integer>) expiry::expireOverdue);
    }

    /** The configured minutes, refused outside 1..1440 with the configuration's name. */
    static int checkMinutes(int minutes) {
        if (minutes < OffersConfig.MIN_EXPIRY_CHECK_MINUTES || minutes > OffersConfig.MAX_EXPIRY_CHECK_MINUTES) {
            throw new IllegalArgumentException(OffersConfig.PID + ": expiryCheckMinutes must be from "
                    + OffersConfig.MIN_EXPIRY_CHECK_MINUTES + " to " + OffersConfig.MAX_EXPIRY_CHECK_MINUTES
                    + ", not " + minutes);
        }
        return minutes;
    }

    @Deactivate
    void stop() {
        camel.stop();
    }
}
