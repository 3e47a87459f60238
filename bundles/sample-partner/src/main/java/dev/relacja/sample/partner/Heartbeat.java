package dev.relacja.sample.partner;

import dev.relacja.camel.CamelContextFactory;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * A module's timed work the way Relacja does it: one component owns the bundle's CamelContext, taken
 * from the Camel runtime on activate and stopped on deactivate. Its timer route writes
 * {@code <run> <tick>} to {@code relacja-data/sample-partner/heartbeat} with the file component, so
 * one can watch the route stop and start again when the bundle is updated or refreshed.
 */
@Component(immediate = true)
public class Heartbeat {
    private final CamelContext camel;

    @Activate
    public Heartbeat(@Reference CamelContextFactory camelContexts, BundleContext bundle) {
        String run = UUID.randomUUID().toString();
        String folder = bundle.getProperty("relacja.data") + "/sample-partner";
        camel = camelContexts.create("sample-partner", new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:heartbeat?period=200&delay=0&includeMetadata=true")
                        .routeId("heartbeat")
                        .setBody(simple(run + " ${exchangeProperty.CamelTimerCounter}"))
                        .to("file:" + folder + "?fileName=heartbeat&fileExist=Override");
            }
        });
    }

    @Deactivate
    void stop() {
        camel.stop();
    }
}
