package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.karaf.features.FeaturesService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The sample partner bundle, installed into the running distribution, extends Relacja through its
 * extension points alone: its timeline contributor (fed by domain events) shows on a counterparty's
 * timeline and its card template outranks the built-in one; its Camel timer route stops and starts
 * again cleanly when the bundle is updated or refreshed; uninstalled, everything is as before. Its
 * tasks listener tags new complaint tasks, acting for the operator who created them.
 * The probe talks to Relacja over HTTP only, so installing features never refreshes it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SamplePartnerIT extends RelacjaTestSupport {
    /** Karaf would otherwise refresh the JPA stack and, with it, this probe's wiring to PDFBox. */
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    @Configuration
    @Override
    public Option[] config() {
        return OptionUtils.combine(super.config(), pdfReader());
    }

    @Test
    public void aPartnerBundleExtendsTheTimelineAndTheCardAndLeavesCleanly() throws Exception {
        String password = initialAdminPassword();
        waitForRest("counterparties", STARTUP_TIMEOUT);
        featuresService.installFeature("relacja-sample-partner", NO_REFRESH);
        waitForRest("counterparties", STARTUP_TIMEOUT);

        long id = JSON.readTree(post("counterparties", "{\"code\":\"PART\",\"name\":\"Partnerski\",\"kind\":\"PERSON\"}",
                ADMIN, password).body()).get("id").asLong();
        JsonNode timeline = waitForTimeline(id, password);
        assertEquals("Registered by admin", timeline.get(0).get("summary").asText());
        assertEquals("sample-partner", timeline.get(0).get("module").asText());
        assertTrue(cardText(id, password).contains("wzór partnera"));

        String firstRun = heartbeatRun(null);
        Bundle partner = relacjaBundles().stream()
                .filter(b -> b.getSymbolicName().equals("dev.relacja.sample.partner")).findFirst().orElseThrow();
        partner.update();
        String afterUpdate = heartbeatRun(firstRun);
        refresh(partner);
        heartbeatRun(afterUpdate);

        featuresService.uninstallFeature("relacja-sample-partner", NO_REFRESH);
        Path heartbeat = heartbeatFile();
        String last = Files.readString(heartbeat);
        Thread.sleep(1_000);
        assertEquals("the route stopped with its bundle", last, Files.readString(heartbeat));
        waitForRest("counterparties", STARTUP_TIMEOUT);
        String builtIn = cardText(id, password);
        assertTrue(builtIn, builtIn.contains("Karta kontrahenta"));
        assertFalse(builtIn, builtIn.contains("wzór partnera"));
        assertEquals("[]", get("counterparties/" + id + "/timeline", ADMIN, password).body().strip());
    }

    @Test
    public void aPartnerListenerTagsNewComplaintTasks() throws Exception {
        String password = initialAdminPassword();
        waitForRest("tasks", STARTUP_TIMEOUT);
        featuresService.installFeature("relacja-sample-partner", NO_REFRESH);
        try {
            waitForRest("tasks", STARTUP_TIMEOUT);
            // the ordinary task first, so its event has been handled by the time the complaint is tagged
            JsonNode ordinary = createTask("Zwykłe zadanie", password);
            JsonNode complaint = createTask("Reklamacja dostawy z 12 listopada", password);
            assertEquals("the tag comes from the partner, after the task was created", 0, complaint.get("tags").size());

            JsonNode tagged = waitForTag(complaint.get("id").asLong(), "reklamacja", password);
            assertEquals(tagged.toString(), 1, tagged.get("tags").size());
            JsonNode untouched = task(ordinary.get("id").asLong(), password);
            assertEquals(untouched.toString(), 0, untouched.get("tags").size());
        } finally {
            featuresService.uninstallFeature("relacja-sample-partner", NO_REFRESH);
        }
    }

    private JsonNode createTask(String title, String password) throws Exception {
        HttpResponse<String> created = post("tasks", JSON.writeValueAsString(Map.of("title", title)), ADMIN, password);
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body());
    }

    private JsonNode task(long id, String password) throws Exception {
        HttpResponse<String> task = get("tasks/" + id, ADMIN, password);
        assertEquals(task.body(), 200, task.statusCode());
        return JSON.readTree(task.body());
    }

    /** The partner tags the task on an EventAdmin thread, a moment after it was created. */
    private JsonNode waitForTag(long id, String tag, String password) throws Exception {
        JsonNode task = null;
        for (int i = 0; i < 40; i++) {
            task = task(id, password);
            for (JsonNode each : task.get("tags")) {
                if (each.asText().equals(tag)) {
                    return task;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("task " + id + " never got the tag " + tag + ": " + task);
    }

    /**
     * Waits until the partner's timer route is writing heartbeats of a run other than {@code previous}
     * (a new CamelContext after an update or refresh) and ticking, and answers that run's id.
     */
    private String heartbeatRun(String previous) throws Exception {
        Path file = heartbeatFile();
        for (int i = 0; i < 100; i++) {
            if (Files.isRegularFile(file)) {
                String[] first = Files.readString(file).strip().split(" ");
                if (first.length == 2 && !first[0].equals(previous)) {
                    Thread.sleep(500);
                    String[] later = Files.readString(file).strip().split(" ");
                    assertEquals("one run at a time", first[0], later[0]);
                    assertTrue("the timer ticks", Long.parseLong(later[1]) > Long.parseLong(first[1]));
                    return first[0];
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no heartbeat of a new run in " + file);
    }

    private Path heartbeatFile() {
        return karafBase().resolve("relacja-data").resolve("sample-partner").resolve("heartbeat");
    }

    private void refresh(Bundle bundle) throws InterruptedException {
        CountDownLatch refreshed = new CountDownLatch(1);
        bundleContext.getBundle(0).adapt(FrameworkWiring.class)
                .refreshBundles(List.of(bundle), event -> refreshed.countDown());
        assertTrue(refreshed.await(60, TimeUnit.SECONDS));
    }

    /** Events are delivered asynchronously, so the entry appears a moment after the counterparty. */
    private JsonNode waitForTimeline(long id, String password) throws Exception {
        for (int i = 0; i < 40; i++) {
            JsonNode entries = JSON.readTree(get("counterparties/" + id + "/timeline", ADMIN, password).body());
            if (entries.size() > 0) {
                return entries;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the partner's timeline entry never appeared");
    }

    private String cardText(long id, String password) throws Exception {
        HttpResponse<byte[]> pdf = send(request("counterparties/" + id + "/card.pdf", ADMIN, password)
                .setHeader("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
