package dev.relacja.documents.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.documents.api.RenderingException;
import dev.relacja.documents.api.RenderingException.Reason;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Templates that never end are stopped; their threads come back; too much work at once is refused. */
class TimeLimitTest {

    private static final String LOOP = "<#list 1.. as i><#assign x = i></#list>done";

    @Test
    void aTemplateThatLoopsForeverHitsTheTimeLimitAndItsThreadComesBack() {
        DocumentRendererImpl renderer = Renderers.create(Duration.ofSeconds(1), 2, 4, RenderSettings.DEFAULT_OUTPUT_LIMIT);
        try {
            new MapTemplateProvider()
                    .with("loop/forever.txt.ftl", LOOP)
                    .with("loop/forever-nested.fo.ftl", "<#import \"/loop/helper.ftl\" as h><@h.spin/>")
                    .with("loop/helper.ftl", "<#macro spin><#list 1.. as i></#list></#macro>")
                    .with("loop/fine.txt.ftl", "fine")
                    .registerWith(renderer, 0);

            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                // more stuck renders than threads: each must have been stopped for the next to run
                for (int i = 0; i < 3; i++) {
                    long start = System.nanoTime();
                    RenderingException e = assertThrows(RenderingException.class,
                            () -> renderer.renderText("loop/forever.txt.ftl", Map.of()));
                    assertEquals(Reason.TIMEOUT, e.reason());
                    assertEquals("Template 'loop/forever.txt.ftl' did not finish within 1 s and was stopped;"
                            + " does it loop without end?", e.getMessage());
                    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3));
                }
                RenderingException nested = assertThrows(RenderingException.class,
                        () -> renderer.renderPdf("loop/forever-nested.fo.ftl", Map.of()));
                assertEquals(Reason.TIMEOUT, nested.reason());
                assertEquals("fine", renderer.renderText("loop/fine.txt.ftl", Map.of()));
            });
        } finally {
            renderer.deactivate();
        }
    }

    @Test
    void runawayOutputIsCutOff() {
        DocumentRendererImpl renderer = Renderers.create(Duration.ofSeconds(20), 1, 1, 100_000);
        try {
            new MapTemplateProvider().with("loop/output.txt.ftl", "<#list 1.. as i>${i} </#list>").registerWith(renderer, 0);

            RenderingException e = assertThrows(RenderingException.class,
                    () -> renderer.renderText("loop/output.txt.ftl", Map.of()));

            assertEquals(Reason.TEMPLATE_ERROR, e.reason());
            assertTrue(e.getMessage().contains("produced more than 100000 characters"), e.getMessage());
        } finally {
            renderer.deactivate();
        }
    }

    @Test
    void whenEveryThreadAndQueueSlotIsTakenRenderingIsRefusedAsBusy() throws Exception {
        DocumentRendererImpl renderer = Renderers.create(Duration.ofSeconds(10), 1, 0, RenderSettings.DEFAULT_OUTPUT_LIMIT);
        CountDownLatch started = new CountDownLatch(1);
        try {
            new MapTemplateProvider().with("loop/forever.txt.ftl", LOOP).with("loop/fine.txt.ftl", "fine")
                    .registerWith(renderer, 0);
            // the provider's open() runs on the rendering thread: it tells when the thread is taken
            new MapTemplateProvider() {
                @Override
                public java.util.Optional<String> open(String name) {
                    started.countDown();
                    return super.open(name);
                }
            }.with("loop/signal.txt.ftl", LOOP).registerWith(renderer, 0);
            CompletableFuture<RenderingException> stuck = CompletableFuture.supplyAsync(() -> assertThrows(
                    RenderingException.class, () -> renderer.renderText("loop/signal.txt.ftl", Map.of())));
            assertTrue(started.await(10, TimeUnit.SECONDS));

            RenderingException e = assertThrows(RenderingException.class,
                    () -> renderer.renderText("loop/fine.txt.ftl", Map.of()));

            assertEquals(Reason.BUSY, e.reason());
            assertTrue(e.getMessage().contains("Too many documents are being rendered at once"), e.getMessage());
            renderer.deactivate();
            RenderingException stopped = stuck.get(10, TimeUnit.SECONDS);
            assertEquals(Reason.BUSY, stopped.reason());
            assertEquals("Document rendering is stopping; template 'loop/signal.txt.ftl' was not rendered",
                    stopped.getMessage());
            assertEquals(Reason.BUSY, assertThrows(RenderingException.class,
                    () -> renderer.renderText("loop/fine.txt.ftl", Map.of())).reason());
        } finally {
            renderer.deactivate();
        }
    }
}
