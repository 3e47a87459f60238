package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The Camel runtime bundle inside the booted distribution: the {@code relacja-camel} feature
 * installs, its factory service builds named contexts whose timer routes fire, SMTP and IMAP work
 * against GreenMail on loopback, a module's own classes resolve in its routes, and a context a
 * module forgets is stopped when the module lets go of the factory.
 *
 * <p>The feature and GreenMail are installed by the tests, not at boot, so every use of Camel and
 * GreenMail types lives in {@link CamelChecks}: the probe imports packages dynamically, and this
 * class must load before those packages exist.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CamelRuntimeIT extends RelacjaTestSupport {

    static final String FEATURE = "relacja-camel";
    static final String RUNTIME_BUNDLE = "dev.relacja.camel";
    /** GreenMail is an OSGi bundle; it imports jakarta.mail and Angus Mail, which the runtime exports. */
    static final String GREENMAIL_BUNDLE = "com.icegreen.greenmail";
    static final String GREENMAIL_LOCATION = "mvn:com.icegreen/greenmail/2.1.8";
    static final Duration WAIT = Duration.ofSeconds(30);

    @Before
    public void installCamelRuntimeAndGreenMail() throws Exception {
        Feature feature = featuresService.getFeature(FEATURE);
        assertNotNull("Feature " + FEATURE + " is not in the distribution's repositories", feature);
        if (!featuresService.isInstalled(feature)) {
            // no refresh: a refresh could restart this probe in the middle of the test
            featuresService.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        }
        assertFeatureInstalled(FEATURE);
        Bundle greenMail = bundle(GREENMAIL_BUNDLE);
        if (greenMail == null) {
            greenMail = bundleContext.installBundle(GREENMAIL_LOCATION);
        }
        greenMail.start();
        awaitActive(RUNTIME_BUNDLE);
    }

    @Test
    public void theFactoryBuildsAStartedContextNamedAfterTheModule() throws Exception {
        assertEquals("relacja-itest", new CamelChecks(bundleContext).startedContextName("itest"));
    }

    @Test
    public void aTimerRouteFiresAndStopsQuickly() throws Exception {
        new CamelChecks(bundleContext).timerRouteFiresAndStopsQuickly();
    }

    @Test
    public void smtpSendAndImapPollWorkAgainstGreenMailOnLoopback() throws Exception {
        new CamelChecks(bundleContext).smtpSendAndImapPoll();
    }

    @Test
    public void routesResolveTheUsingBundlesClasses() throws Exception {
        new CamelChecks(bundleContext).usingBundleClassesResolve();
    }

    @Test
    public void releasingTheFactoryStopsAContextTheModuleForgot() throws Exception {
        new CamelChecks(bundleContext).releasingTheFactoryStopsForgottenContexts();
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(bundleContext.getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElse(null);
    }

    private void awaitActive(String symbolicName) throws InterruptedException {
        awaitTrue(() -> {
            Bundle bundle = bundle(symbolicName);
            return bundle != null && bundle.getState() == Bundle.ACTIVE;
        }, symbolicName + " is active");
    }

    static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    /** A class only this probe bundle has: the runtime bundle cannot load it by itself. */
    public static final class Greeter {
        public String greet(String name) {
            return "Dzień dobry, " + name;
        }
    }

    /**
     * Everything that touches Camel, the factory or GreenMail: loaded only once the feature and
     * the GreenMail bundle are installed.
     */
    static final class CamelChecks {

        private static final String MAILBOX = "biuro@relacja.test";
        private static final String USER = "biuro";
        private static final String PASSWORD = "tajne-haslo";

        private final BundleContext bundleContext;

        CamelChecks(BundleContext bundleContext) {
            this.bundleContext = bundleContext;
        }

        String startedContextName(String module) throws Exception {
            try (Factory factory = factory()) {
                org.apache.camel.CamelContext context = factory.get().create(module);
                try {
                    assertEquals(org.apache.camel.ServiceStatus.Started, context.getStatus());
                    return context.getName();
                } finally {
                    context.stop();
                }
            }
        }

        void timerRouteFiresAndStopsQuickly() throws Exception {
            List<Long> ticks = new CopyOnWriteArrayList<>();
            try (Factory factory = factory()) {
                org.apache.camel.CamelContext context = factory.get().create("itest-timer",
                        new org.apache.camel.builder.RouteBuilder() {
                            @Override
                            public void configure() {
                                from("timer:itest?delay=0&period=50").routeId("tick").process(e -> ticks.add(System.nanoTime()));
                            }
                        });
                awaitTrue(() -> ticks.size() >= 3, "the timer fired three times");

                long started = System.nanoTime();
                context.stop();
                Duration stopping = Duration.ofNanos(System.nanoTime() - started);

                assertTrue(context.isStopped());
                assertTrue("stopping took " + stopping, stopping.compareTo(Duration.ofSeconds(5)) < 0);
                int afterStop = ticks.size();
                Thread.sleep(200);
                assertEquals("no tick after stop", afterStop, ticks.size());
            }
        }

        void smtpSendAndImapPoll() throws Exception {
            com.icegreen.greenmail.util.GreenMail greenMail = new com.icegreen.greenmail.util.GreenMail(
                    com.icegreen.greenmail.util.ServerSetup.dynamicPort(new com.icegreen.greenmail.util.ServerSetup[] {
                        com.icegreen.greenmail.util.ServerSetupTest.SMTP.createCopy("127.0.0.1"),
                        com.icegreen.greenmail.util.ServerSetupTest.IMAP.createCopy("127.0.0.1")}));
            greenMail.setUser(MAILBOX, USER, PASSWORD);
            greenMail.start();
            List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
            try (Factory factory = factory()) {
                int imapPort = greenMail.getImap().getPort();
                org.apache.camel.CamelContext context = factory.get().create("itest-mail",
                        new org.apache.camel.builder.RouteBuilder() {
                            @Override
                            public void configure() {
                                fromF("imap://127.0.0.1:%d?username=%s&password=%s&initialDelay=0&delay=200"
                                        + "&mimeDecodeHeaders=true", imapPort, USER, PASSWORD).routeId("inbox")
                                        .process(e -> {
                                            dev.relacja.camel.InboundMailHeaders.removeRoutingHeaders(e.getMessage());
                                            e.getMessage().setHeader("body", e.getMessage().getBody(String.class).trim());
                                            received.add(Map.copyOf(e.getMessage().getHeaders()));
                                        });
                            }
                        });
                try {
                    String smtp = "smtp://127.0.0.1:" + greenMail.getSmtp().getPort() + "?from=noreply@relacja.test&to="
                            + MAILBOX + "&contentType=text/plain;charset=UTF-8&useHeaderSubject=true";
                    context.createProducerTemplate().sendBodyAndHeader(smtp, "Zażółć gęślą jaźń",
                            "Subject", "Oferta OF/1/2026");

                    awaitTrue(() -> received.size() == 1, "the mail was polled over IMAP");
                    Map<String, Object> mail = received.get(0);
                    assertEquals("Oferta OF/1/2026", mail.get("Subject"));
                    assertEquals("Zażółć gęślą jaźń", mail.get("body"));
                    assertTrue(mail.keySet().toString(),
                            mail.keySet().stream().noneMatch(dev.relacja.camel.InboundMailHeaders::isRoutingHeader));
                } finally {
                    context.stop();
                }
            } finally {
                greenMail.stop();
            }
        }

        void usingBundleClassesResolve() throws Exception {
            List<String> greetings = new CopyOnWriteArrayList<>();
            try (Factory factory = factory()) {
                org.apache.camel.CamelContext context = factory.get().create("itest-classes",
                        new org.apache.camel.builder.RouteBuilder() {
                            @Override
                            public void configure() {
                                from("direct:greet").routeId("greet")
                                        .to("class:" + Greeter.class.getName() + "?method=greet")
                                        .process(e -> greetings.add(e.getMessage().getBody(String.class)));
                            }
                        });
                try {
                    assertSame(Greeter.class, context.getClassResolver().resolveClass(Greeter.class.getName()));
                    context.createProducerTemplate().sendBody("direct:greet", "Kowalski");
                    assertEquals(List.of("Dzień dobry, Kowalski"), greetings);
                } finally {
                    context.stop();
                }
            }
        }

        void releasingTheFactoryStopsForgottenContexts() throws Exception {
            org.apache.camel.CamelContext forgotten;
            try (Factory factory = factory()) {
                forgotten = factory.get().create("itest-forgotten");
                assertTrue(forgotten.isStarted());
            }
            // the probe was the service's only user, so its factory instance was deactivated
            assertTrue(forgotten.isStopped());
        }

        /** Takes the factory service for this probe bundle and gives it back on close. */
        private Factory factory() throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            ServiceReference<dev.relacja.camel.CamelContextFactory> reference;
            while ((reference = bundleContext.getServiceReference(dev.relacja.camel.CamelContextFactory.class)) == null) {
                if (System.nanoTime() > deadline) {
                    fail("No CamelContextFactory service");
                }
                Thread.sleep(50);
            }
            dev.relacja.camel.CamelContextFactory service = bundleContext.getService(reference);
            assertNotNull("CamelContextFactory could not be activated", service);
            return new Factory(bundleContext, reference, service);
        }
    }

    /** A used factory service, given back to the registry on close. */
    static final class Factory implements AutoCloseable {
        private final BundleContext bundleContext;
        private final ServiceReference<dev.relacja.camel.CamelContextFactory> reference;
        private final dev.relacja.camel.CamelContextFactory service;

        Factory(BundleContext bundleContext, ServiceReference<dev.relacja.camel.CamelContextFactory> reference,
                dev.relacja.camel.CamelContextFactory service) {
            this.bundleContext = bundleContext;
            this.reference = reference;
            this.service = service;
        }

        dev.relacja.camel.CamelContextFactory get() {
            return service;
        }

        @Override
        public void close() {
            bundleContext.ungetService(reference);
        }
    }
}
