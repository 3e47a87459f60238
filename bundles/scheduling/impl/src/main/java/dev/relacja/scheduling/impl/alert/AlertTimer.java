package dev.relacja.scheduling.impl.alert;

import dev.relacja.camel.CamelContextFactory;
import dev.relacja.scheduling.impl.SchedulingConfig;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the scheduling module's CamelContext: a timer route that runs {@link AlertEngine#tick()} every
 * {@code alertTickSeconds}, the first time right after start (which reconciles before anything fires).
 * A tick that fails is logged and the next one tries again.
 */
@Component(immediate = true, configurationPid = SchedulingConfig.PID)
public class AlertTimer {
    private static final Logger LOG = LoggerFactory.getLogger(AlertTimer.class);

    private final CamelContext camel;

    @Activate
    public AlertTimer(@Reference CamelContextFactory camelContexts, @Reference AlertEngine engine, SchedulingConfig config) {
        long period = config.alertTickSeconds() * 1000L;
        camel = camelContexts.create("scheduling", new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true)
                        .process(exchange -> LOG.warn("An alert tick failed; the next one tries again",
                                exchange.getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT, Exception.class)));
                from("timer:relacja-alerts?delay=1000&fixedRate=false&period=" + period)
                        .routeId("alerts")
                        .process(exchange -> engine.tick());
            }
        });
        LOG.info("Alerts tick every {} s", config.alertTickSeconds());
    }

    @Deactivate
    void stop() {
        camel.stop();
    }
}
