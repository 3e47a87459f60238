package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Activities and tasks as a new user meets them, over real HTTP and the shell of the booted distribution:
 * a phone call with two sub-tasks delegated to a colleague, derived progress, a supervisor who sees and
 * reassigns, an outsider who gets 404, bad input refused with 400 and nothing changed. Talks HTTP only,
 * so the probe never loads the tasks module's classes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TasksIT extends RelacjaTestSupport {
    private static final String PASSWORD = "tasks-password-1";
    private static boolean seeded;
    private static long counterpartyId;

    private String adminPassword;

    @Before
    public void seed() throws Exception {
        adminPassword = initialAdminPassword();
        waitForRest("tasks", STARTUP_TIMEOUT);
        if (seeded) {
            return;
        }
        long szef = operator("szef", "MANAGER", null);
        operator("ola", "OPERATOR", szef);
        operator("jan", "OPERATOR", szef);
        operator("obcy", "OPERATOR", null);
        HttpResponse<String> counterparty = post("counterparties",
                "{\"code\":\"KLIENT\",\"name\":\"Klient Sp. z o.o.\",\"kind\":\"COMPANY\",\"nip\":\"5260250274\"}",
                ADMIN, adminPassword);
        assertEquals(counterparty.body(), 201, counterparty.statusCode());
        counterpartyId = JSON.readTree(counterparty.body()).get("id").asLong();
        seeded = true;
    }

    @Test
    public void aPhoneCallWithDelegatedSubtasksIsSeenAndReassignedByTheSupervisorOnly() throws Exception {
        List<String> topics = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, "dev/relacja/tasks/*");
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(EventHandler.class,
                event -> topics.add(event.getTopic() + " " + event.getProperty("id")), properties);
        try {
            JsonNode call = created(post("tasks", "{\"title\":\"Rozmowa o przedłużeniu umowy\",\"type\":\"phone-call\","
                    + "\"counterpartyId\":" + counterpartyId + ",\"priority\":\"HIGH\",\"thread\":\"Umowa 2027\","
                    + "\"start\":\"2026-11-20T09:00:00Z\",\"deadline\":\"2030-12-01T16:00:00Z\"}", "ola", PASSWORD));
            long callId = call.get("id").asLong();
            assertEquals("ola", call.get("owner").asText());
            assertEquals("planned", call.get("stage").asText());
            assertEquals(counterpartyId, call.get("counterpartyId").asLong());

            JsonNode quote = created(post("tasks/" + callId + "/subtasks",
                    "{\"title\":\"Wycena\",\"owner\":\"jan\",\"deadline\":\"2030-11-25T16:00:00Z\"}", "ola", PASSWORD));
            JsonNode plan = created(post("tasks/" + callId + "/subtasks",
                    "{\"title\":\"Harmonogram wdrożenia\",\"owner\":\"jan\"}", "ola", PASSWORD));
            assertEquals(callId, quote.get("parentId").asLong());
            assertEquals("ola", quote.get("delegatedBy").asText());

            HttpResponse<String> half = post("tasks/" + quote.get("id").asLong() + "/log",
                    "{\"percentDone\":50,\"minutesSpent\":45,\"comment\":\"Połowa pozycji wyceniona\"}", "jan", PASSWORD);
            assertEquals(half.body(), 200, half.statusCode());

            JsonNode main = ok(get("tasks/" + callId, "ola", PASSWORD));
            assertEquals(25, main.get("percentDone").asInt());
            assertEquals(2, main.get("openSubtasks").asInt());
            assertEquals(2, ok(get("tasks/" + callId + "/subtasks", "ola", PASSWORD)).size());
            JsonNode log = ok(get("tasks/" + quote.get("id").asLong() + "/log", "ola", PASSWORD));
            assertTrue(log.toString(), log.toString().contains("Połowa pozycji wyceniona"));

            String team = ok(get("tasks?team=true&sort=-priority&size=500", "szef", PASSWORD)).get("items").toString();
            for (JsonNode task : new JsonNode[] {call, quote, plan}) {
                assertTrue(team, team.contains("\"id\":" + task.get("id").asLong() + ","));
            }
            long jansOpen = ok(get("tasks?owner=jan&status=open", "szef", PASSWORD)).get("total").asLong();
            assertTrue(jansOpen >= 2);
            JsonNode overview = ok(get("team/overview", "szef", PASSWORD));
            assertTrue(overview.toString(), overview.toString().contains("\"operator\":\"jan\",\"displayName\":\"jan\",\"open\":" + jansOpen + ","));

            JsonNode moved = ok(post("tasks/" + plan.get("id").asLong() + "/reassign", "{\"owner\":\"ola\"}", "szef", PASSWORD));
            assertEquals("ola", moved.get("owner").asText());
            assertEquals("szef", moved.get("delegatedBy").asText());

            assertEquals(404, get("tasks/" + callId, "obcy", PASSWORD).statusCode());
            assertEquals(404, post("tasks/" + callId + "/log", "{\"percentDone\":90}", "obcy", PASSWORD).statusCode());
            assertEquals(403, post("tasks/reassign", "{\"from\":\"jan\",\"to\":\"obcy\"}", "obcy", PASSWORD).statusCode());
            assertEquals(0, ok(get("tasks", "obcy", PASSWORD)).get("total").asInt());
            assertEquals(25, ok(get("tasks/" + callId, "ola", PASSWORD)).get("percentDone").asInt());

            HttpResponse<String> refused = post("tasks/" + callId + "/done", "", "ola", PASSWORD);
            assertEquals(refused.body(), 409, refused.statusCode());
            JsonNode done = ok(post("tasks/" + callId + "/done?closeOpenSubtasks=true", "", "ola", PASSWORD));
            assertEquals("DONE", done.get("status").asText());
            assertEquals(100, done.get("percentDone").asInt());

            waitFor(topics, "dev/relacja/tasks/CREATED " + callId);
            waitFor(topics, "dev/relacja/tasks/DELEGATED " + quote.get("id").asLong());
            waitFor(topics, "dev/relacja/tasks/REASSIGNED " + plan.get("id").asLong());
            waitFor(topics, "dev/relacja/tasks/COMPLETED " + callId);
            assertTrue(ok(get("counterparties/" + counterpartyId + "/timeline", "ola", PASSWORD)).toString()
                    .contains("Rozmowa o przedłużeniu umowy"));
        } finally {
            listener.unregister();
        }
    }

    @Test
    public void badInputIsRefusedWith400AndChangesNothing() throws Exception {
        JsonNode task = created(post("tasks", "{\"title\":\"Przygotować ofertę\",\"start\":\"2026-12-01T08:00:00Z\"}",
                "jan", PASSWORD));
        long id = task.get("id").asLong();
        JsonNode child = created(post("tasks/" + id + "/subtasks", "{\"title\":\"Pod\"}", "jan", PASSWORD));
        String etag = "\"" + ok(get("tasks/" + id, "jan", PASSWORD)).get("version").asLong() + "\"";
        int total = ok(get("tasks", "jan", PASSWORD)).get("total").asInt();

        assertRefused(post("tasks", "{\"title\":\"X\",\"percentDone\":140}", "jan", PASSWORD), "percentDone");
        assertRefused(post("tasks", "{\"title\":\"X\",\"start\":\"2026-12-02T08:00:00Z\",\"deadline\":\"2026-12-01T08:00:00Z\"}",
                "jan", PASSWORD), "deadline");
        assertRefused(post("tasks", "{\"title\":\"X\",\"owner\":\"nikt\"}", "jan", PASSWORD), "owner");
        assertRefused(post("tasks", "{\"title\":\"X\",\"stage\":\"lunch\"}", "jan", PASSWORD), "stage");
        assertRefused(put("tasks/" + id, "{\"title\":\"Przygotować ofertę\",\"parentId\":" + child.get("id").asLong() + "}",
                etag, "jan", PASSWORD), "parentId");
        assertEquals(400, post("tasks", "{\"title\":\"X\",\"priority\":\"SOMETIME\"}", "jan", PASSWORD).statusCode());
        assertEquals(400, get("tasks?from=yesterday", "jan", PASSWORD).statusCode());

        assertEquals(total, ok(get("tasks", "jan", PASSWORD)).get("total").asInt());
        JsonNode after = ok(get("tasks/" + id, "jan", PASSWORD));
        assertTrue(after.get("parentId").isNull());
        assertEquals(etag, "\"" + after.get("version").asLong() + "\"");
    }

    @Test
    public void theShellRegistersListsAndCompletesWorkUnderTheCallersRules() throws Exception {
        UserPrincipal ola = new UserPrincipal("ola");
        RolePrincipal operatorRole = new RolePrincipal("relacja-operator");
        String added = executeCommand("crm:activity-log --counterparty KLIENT --notes \"Klient prosi o ofertę\" phone-call"
                + " \"Telefon od klienta\"", ola, operatorRole);
        assertTrue(added, added.contains("Activity #"));
        String task = executeCommand("crm:task-add --owner jan --priority urgent --deadline 2030-01-15 \"Oddzwonić\"",
                ola, operatorRole);
        assertTrue(task, task.contains("created for jan"));
        long id = Long.parseLong(task.replaceAll("(?s).*Task #(\\d+).*", "$1"));

        String list = executeCommand("crm:task-list --owner jan", ola, operatorRole);
        assertTrue(list, list.contains("Oddzwonić"));
        String progress = executeCommand("crm:task-progress --percent 30 --minutes 20 " + id,
                new UserPrincipal("jan"), operatorRole);
        assertTrue(progress, progress.contains("30"));
        String overview = executeCommand("crm:team-overview", new UserPrincipal("szef"), new RolePrincipal("relacja-manager"));
        assertTrue(overview, overview.contains("jan"));
        try {
            executeCommand("crm:task-done " + id, new UserPrincipal("obcy"), operatorRole);
            throw new AssertionError("an outsider completed someone else's task");
        } catch (RuntimeException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("does not exist"));
        }
        assertTrue(executeCommand("crm:task-done " + id, ola, operatorRole).contains("done"));
    }

    @Test
    public void aProcedureStartedForACounterpartyBuildsItsTaskTreeWithBusinessDayDeadlines() throws Exception {
        String steps = "[{\"title\":\"Kontakt wstępny\",\"type\":\"phone-call\",\"days\":1,\"after\":\"START\"},"
                + "{\"title\":\"Oferta\",\"days\":2,\"after\":\"PREVIOUS_STEP\",\"owner\":\"jan\"},"
                + "{\"title\":\"Umowa\",\"days\":3,\"after\":\"PREVIOUS_STEP\",\"owner\":\"counterparty-owner\"},"
                + "{\"title\":\"Wdrożenie\",\"days\":2,\"dependsOn\":[2,3]}]";
        String template = "{\"code\":\"nowy-klient\",\"name\":\"Obsługa nowego klienta\",\"steps\":" + steps + "}";
        assertEquals(403, post("procedure-templates", template, "ola", PASSWORD).statusCode());
        created(post("procedure-templates", template, "szef", PASSWORD));
        assertRefused(post("procedure-templates", "{\"code\":\"zly\",\"name\":\"Zły\",\"steps\":[{\"title\":\"A\","
                + "\"days\":1,\"dependsOn\":[2]},{\"title\":\"B\",\"days\":-1}]}", "szef", PASSWORD), "steps[0].dependsOn");

        JsonNode procedure = created(post("procedures", "{\"template\":\"nowy-klient\",\"counterpartyId\":" + counterpartyId
                + ",\"startDate\":\"2026-12-22\"}", "ola", PASSWORD));
        long mainTaskId = procedure.get("mainTaskId").asLong();
        JsonNode main = ok(get("tasks/" + mainTaskId, "ola", PASSWORD));
        assertEquals("procedure", main.get("type").asText());
        JsonNode subtasks = ok(get("tasks/" + mainTaskId + "/subtasks", "ola", PASSWORD));
        assertEquals(subtasks.toString(), 4, subtasks.size());
        // 24-26 Dec, 1 Jan and 6 Jan are holidays in Poland; weekends do not count
        String[][] expected = {{"Kontakt wstępny", "2026-12-23", "ola"}, {"Oferta", "2026-12-29", "jan"},
            {"Umowa", "2027-01-04", "admin"}, {"Wdrożenie", "2027-01-07", "ola"}};
        for (String[] step : expected) {
            JsonNode task = find(subtasks, step[0]);
            assertTrue(task.toString(), task.get("deadline").asText().startsWith(step[1]));
            assertEquals(task.toString(), step[2], task.get("owner").asText());
        }
        ok(post("tasks/" + find(subtasks, "Kontakt wstępny").get("id").asLong() + "/done", "", "ola", PASSWORD));
        ok(post("tasks/" + find(subtasks, "Oferta").get("id").asLong() + "/done", "", "jan", PASSWORD));
        assertEquals(50, ok(get("procedures/" + procedure.get("id").asLong(), "ola", PASSWORD)).get("percentDone").asInt());
        assertEquals(404, get("procedures/" + procedure.get("id").asLong(), "obcy", PASSWORD).statusCode());

        String started = executeCommand("crm:procedure-start --counterparty KLIENT --start 2026-12-22 nowy-klient",
                new UserPrincipal("ola"), new RolePrincipal("relacja-operator"));
        assertTrue(started, started.contains("2027-01-07"));
    }

    private static JsonNode find(JsonNode tasks, String title) {
        for (JsonNode task : tasks) {
            if (title.equals(task.get("title").asText())) {
                return task;
            }
        }
        throw new AssertionError("no task " + title + " in " + tasks);
    }

    @Test
    public void theOpenApiDocumentDescribesTheTaskResources() throws Exception {
        String document = get("openapi.json", ADMIN, adminPassword).body();
        for (String path : new String[] {"/tasks/{id}/subtasks", "/tasks/{id}/log", "/team/overview", "/task-types",
            "/procedure-templates", "/procedures/{id}"}) {
            assertTrue(path, document.contains("\"" + path + "\""));
        }
    }

    private long operator(String username, String role, Long supervisorId) throws Exception {
        HttpResponse<String> created = post("operators", "{\"operator\":{\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"role\":\"" + role + "\",\"supervisorId\":" + supervisorId
                + "},\"password\":\"" + PASSWORD + "\"}", ADMIN, adminPassword);
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private static void waitFor(List<String> topics, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!topics.contains(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(expected + " never arrived; got " + topics);
            }
            Thread.sleep(50);
        }
    }
}
