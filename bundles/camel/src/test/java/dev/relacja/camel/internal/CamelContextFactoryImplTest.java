package dev.relacja.camel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CamelContextFactoryImplTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final CamelContextFactoryImpl factory =
            new CamelContextFactoryImpl(getClass().getClassLoader(), Duration.ofSeconds(5));

    @AfterEach
    void stopWhatIsLeft() {
        factory.deactivate();
    }

    @Test
    void aDirectRouteRunsInAStartedContextNamedAfterTheModule() {
        List<String> received = new CopyOnWriteArrayList<>();
        CamelContext context = factory.create("contacts", new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").routeId("collect").process(e -> received.add(e.getMessage().getBody(String.class)));
            }
        });

        try (ProducerTemplate template = context.createProducerTemplate()) {
            template.sendBody("direct:in", "Zażółć gęślą jaźń");
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        assertEquals("relacja-contacts", context.getName());
        assertEquals(ServiceStatus.Started, context.getStatus());
        assertEquals(List.of("Zażółć gęślą jaźń"), received);
    }

    @Test
    void aTimerRouteFiresAndStoppingEndsItQuickly() throws Exception {
        List<Long> ticks = new CopyOnWriteArrayList<>();
        CamelContext context = factory.create("tasks", new RouteBuilder() {
            @Override
            public void configure() {
                from("timer:tick?delay=0&period=20").routeId("tick").process(e -> ticks.add(System.nanoTime()));
            }
        });
        awaitTrue(() -> ticks.size() >= 3, "the timer fired three times");

        long started = System.nanoTime();
        context.stop();
        Duration stopping = Duration.ofNanos(System.nanoTime() - started);

        assertTrue(context.isStopped());
        assertTrue(stopping.compareTo(Duration.ofSeconds(2)) < 0, "stopping took " + stopping);
        int afterStop = ticks.size();
        Thread.sleep(150);
        assertEquals(afterStop, ticks.size(), "no tick after stop");
    }

    @Test
    void stoppingGivesUpOnAStuckExchangeAfterTheShutdownTimeout() throws Exception {
        CamelContextFactoryImpl impatient = new CamelContextFactoryImpl(getClass().getClassLoader(), Duration.ofSeconds(1));
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CamelContext context = impatient.create("stuck", new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:work").routeId("stuck").process(e -> {
                    entered.countDown();
                    release.await(30, TimeUnit.SECONDS);
                });
            }
        });
        try {
            context.createProducerTemplate().sendBody("seda:work", "job");
            assertTrue(entered.await(WAIT.toSeconds(), TimeUnit.SECONDS));

            long started = System.nanoTime();
            context.stop();
            Duration stopping = Duration.ofNanos(System.nanoTime() - started);

            assertTrue(context.isStopped());
            assertTrue(stopping.compareTo(Duration.ofSeconds(4)) < 0, "stopping took " + stopping + " (Camel's default is 45 s)");
        } finally {
            release.countDown();
            impatient.deactivate();
        }
    }

    @Test
    void aFileRouteAndAQuartzCronRouteRun(@TempDir Path inbox) throws Exception {
        List<String> files = new CopyOnWriteArrayList<>();
        List<String> fired = new CopyOnWriteArrayList<>();
        CamelContext context = factory.create("files", new RouteBuilder() {
            @Override
            public void configure() {
                fromF("file:%s?initialDelay=0&delay=50&delete=true", inbox).routeId("inbox")
                        .process(e -> files.add(e.getMessage().getHeader("CamelFileName", String.class)
                                + ":" + e.getMessage().getBody(String.class)));
                from("quartz://relacja/everySecond?cron=0/1+*+*+*+*+?").routeId("cron")
                        .process(e -> fired.add("fired"));
                from("scheduler:poll?initialDelay=0&delay=50").routeId("scheduler").setBody(constant("x"));
            }
        });
        Files.writeString(inbox.resolve("faktura.txt"), "FS/1/11/2026", StandardCharsets.UTF_8);

        awaitTrue(() -> files.size() == 1, "the file was consumed");
        awaitTrue(() -> !fired.isEmpty(), "the cron trigger fired");

        assertEquals(List.of("faktura.txt:FS/1/11/2026"), files);
        assertEquals(ServiceStatus.Started, context.getRouteController().getRouteStatus("scheduler"));
        context.stop();
    }

    @Test
    void everyEmbeddedComponentAndTheSimpleLanguageResolve() {
        CamelContext context = factory.create("components");
        for (String scheme : List.of("timer", "scheduler", "quartz", "file", "smtp", "smtps", "imap", "imaps",
                "pop3", "bean", "class", "direct", "seda", "log")) {
            assertNotNull(context.getComponent(scheme), scheme);
        }
        assertNotNull(context.resolveLanguage("simple"));
        context.stop();
    }

    @Test
    void resourcesResolveInTheRuntimeFirstThenInTheModule(@TempDir Path moduleRoot) throws Exception {
        Files.writeString(moduleRoot.resolve("relacja-module.txt"), "module resource", StandardCharsets.UTF_8);
        String timerDescriptor = "META-INF/services/org/apache/camel/component/timer";
        Files.createDirectories(moduleRoot.resolve(timerDescriptor).getParent());
        Files.writeString(moduleRoot.resolve(timerDescriptor), "class=not.a.Component", StandardCharsets.UTF_8);
        ClassLoader runtime = CamelContextFactoryImpl.class.getClassLoader();
        try (URLClassLoader module = new URLClassLoader(new URL[] {moduleRoot.toUri().toURL()}, null)) {
            CamelContextFactoryImpl moduleFactory =
                    new CamelContextFactoryImpl(new ModuleClassLoader("test-module", runtime, module), Duration.ofSeconds(5));
            CamelContext context = moduleFactory.create("module");
            try {
                assertNotNull(context.getClassResolver().loadResourceAsURL("relacja-module.txt"));
                URL timer = context.getClassResolver().loadResourceAsURL(timerDescriptor);
                assertFalse(timer.toString().startsWith(moduleRoot.toUri().toString()), "runtime first: " + timer);
                assertNotNull(context.getComponent("timer"), "the module's descriptor does not shadow Camel's");
            } finally {
                moduleFactory.deactivate();
            }
        }
    }

    @Test
    void aContextWhoseRouteCannotStartIsStoppedAndReported() {
        RuntimeCamelException failure = assertThrows(RuntimeCamelException.class, () -> factory.create("broken",
                new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("no-such-component:x").to("log:never");
                    }
                }));
        assertNotNull(failure.getMessage());
        assertEquals(0, factory.trackedContexts());
    }

    @Test
    void aModuleNameMustBeLowerCaseWords() {
        assertThrows(IllegalArgumentException.class, () -> factory.create("Contacts"));
        assertThrows(IllegalArgumentException.class, () -> factory.create(""));
        assertThrows(IllegalArgumentException.class, () -> factory.create(null));
        assertThrows(IllegalArgumentException.class, () -> factory.create("a b"));
    }

    @Test
    void contextsLeftRunningStopWhenTheUsingBundleReleasesTheFactory() {
        CamelContext forgotten = factory.create("forgetful");
        assertEquals(1, factory.trackedContexts());

        factory.deactivate();

        assertTrue(forgotten.isStopped());
        assertEquals(0, factory.trackedContexts());
    }

    private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
