package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The calendar and its iCalendar feeds as a new user meets them, over real HTTP in the booted
 * distribution: an operator's activity and task across the next two DST changes of Europe/Warsaw, seen in
 * the calendar (and by the supervisor, not by an outsider), moved through the calendar with If-Match, the
 * team's load, working hours, and a private feed read back with ical4j with the right instants, then
 * revoked and gone (404). The feed window reaches a year ahead, so the DST changes are the coming ones.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CalendarIT extends RelacjaTestSupport {
    private static final String PASSWORD = "calendar-password-1";
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static boolean seeded;

    private String adminPassword;

    @Before
    public void seed() throws Exception {
        adminPassword = initialAdminPassword();
        waitForRest("ical-feeds", STARTUP_TIMEOUT);
        if (seeded) {
            return;
        }
        long kierownik = operator("kierownik", "MANAGER", null);
        operator("ewa", "OPERATOR", kierownik);
        operator("obca", "OPERATOR", null);
        seeded = true;
    }

    @Test
    public void anOperatorsCalendarMovesAndFeedsAcrossDstUntilTheFeedIsRevoked() throws Exception {
        ZoneOffsetTransition first = WARSAW.getRules().nextTransition(Instant.now().plus(Duration.ofDays(2)));
        ZoneOffsetTransition second = WARSAW.getRules().nextTransition(first.getInstant());
        // a meeting that spans the first change, a task due in the hour around the second
        Instant meetingStart = first.getInstant().minus(Duration.ofMinutes(30));
        Instant meetingEnd = first.getInstant().plus(Duration.ofMinutes(30));
        Instant reportDue = second.getInstant().plus(Duration.ofMinutes(30));
        JsonNode meeting = created(post("tasks", "{\"title\":\"Spotkanie nocne\",\"type\":\"meeting\",\"start\":\""
                + meetingStart + "\",\"deadline\":\"" + meetingEnd + "\"}", "ewa", PASSWORD));
        JsonNode report = created(post("tasks", "{\"title\":\"Raport\",\"deadline\":\"" + reportDue + "\"}", "ewa", PASSWORD));

        // the calendar, in ewa's zone (Europe/Warsaw, the default)
        Instant from = first.getInstant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1));
        Instant to = from.plus(Duration.ofDays(3));
        JsonNode view = ok(get(calendar(from, to, null), "ewa", PASSWORD));
        assertEquals("Europe/Warsaw", view.get("timeZone").asText());
        assertEquals(1, view.get("items").size());
        JsonNode item = view.get("items").get(0);
        assertEquals(meeting.get("id").asLong(), item.get("id").asLong());
        assertEquals(LocalDateTime.ofInstant(meetingStart, WARSAW), LocalDateTime.parse(item.get("localStart").asText()));
        assertEquals(LocalDateTime.ofInstant(meetingEnd, WARSAW), LocalDateTime.parse(item.get("localEnd").asText()));
        assertEquals(meetingStart, Instant.parse(item.get("start").asText()));

        // the supervisor sees it; an outsider is refused with a reason; bad input is 400 on its field
        assertEquals(1, ok(get(calendar(from, to, "ewa"), "kierownik", PASSWORD)).get("items").size());
        HttpResponse<String> refused = get(calendar(from, to, "ewa"), "obca", PASSWORD);
        assertEquals(refused.body(), 403, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("may not see the calendar of ewa"));
        assertRefused(get("calendar?from=yesterday&to=" + to, "ewa", PASSWORD), "from");
        assertRefused(get(calendar(to, from, null), "ewa", PASSWORD), "to");

        // moving the meeting by a day is a task update: If-Match, validation, the task's log
        long id = meeting.get("id").asLong();
        Instant movedStart = meetingStart.plus(Duration.ofDays(1));
        Instant movedEnd = meetingEnd.plus(Duration.ofDays(1));
        assertEquals(428, patch("calendar/items/" + id, "{\"start\":\"" + movedStart + "\"}", null).statusCode());
        HttpResponse<String> backwards = patch("calendar/items/" + id, "{\"deadline\":\"" + meetingStart.minusSeconds(60)
                + "\"}", item.get("version").asText());
        assertRefused(backwards, "deadline");
        JsonNode moved = ok(patch("calendar/items/" + id, "{\"start\":\"" + movedStart + "\",\"deadline\":\"" + movedEnd
                + "\"}", item.get("version").asText()));
        assertEquals(movedStart, Instant.parse(moved.get("start").asText()));
        JsonNode task = ok(get("tasks/" + id, "ewa", PASSWORD));
        assertEquals(movedEnd, Instant.parse(task.get("deadline").asText()));
        assertTrue(ok(get("tasks/" + id + "/log", "ewa", PASSWORD)).size() >= 2);
        assertEquals(412, patch("calendar/items/" + id, "{\"start\":\"" + meetingStart + "\"}",
                item.get("version").asText()).statusCode());

        // the team's load and ewa's working hours
        JsonNode load = ok(get("calendar/load?operators=team&from=" + enc(from) + "&to=" + enc(to), "kierownik", PASSWORD));
        assertEquals(2, load.size());
        assertEquals("ewa", load.get(1).get("operator").asText());
        JsonNode hours = ok(put("working-hours/ewa", "{\"start\":\"07:00\",\"end\":\"15:00\",\"days\":[\"MON\",\"TUE\"]}",
                null, "ewa", PASSWORD));
        assertTrue(hours.get("custom").asBoolean());
        assertRefused(put("working-hours/ewa", "{\"start\":\"15:00\",\"end\":\"07:00\",\"days\":[\"MON\"]}", null,
                "ewa", PASSWORD), "end");
        assertTrue(ok(get("working-hours/ewa", "ewa", PASSWORD)).get("start").asText().startsWith("07:00"));

        // a private feed, read without credentials and parsed with ical4j
        JsonNode feed = created(post("ical-feeds", "{}", "ewa", PASSWORD));
        String path = feed.get("path").asText();
        assertEquals(43, feed.get("token").asText().length());
        HttpResponse<String> ics = send(HttpRequest.newBuilder(feedUri(path)).GET().build());
        assertEquals(ics.body(), 200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse(""), ics.headers().firstValue("Content-Type")
                .orElse("").startsWith("text/calendar"));
        Calendar calendar = parse(ics.body());
        VTimeZone zone = (VTimeZone) calendar.getComponents().stream().filter(VTimeZone.class::isInstance).findFirst()
                .orElseThrow();
        assertEquals("Europe/Warsaw", zone.getTimeZoneId().getValue());
        Map<String, VEvent> events = events(calendar);
        VEvent night = events.get("Spotkanie nocne");
        assertEquals(movedStart, Instant.from(night.getDateTimeStart().getDate()));
        assertEquals(movedEnd, Instant.from(night.getDateTimeEnd().getDate()));
        assertFalse(night.getAlarms().isEmpty());
        assertEquals(reportDue, Instant.from(events.get("Raport").getDateTimeStart().getDate()));
        assertEquals(report.get("id").asLong(), Long.parseLong(events.get("Raport").getUid().orElseThrow().getValue()
                .replaceAll("\\D", "")));

        // the supervisor's team feed names the owner
        JsonNode teamFeed = created(post("ical-feeds", "{\"team\":true}", "kierownik", PASSWORD));
        Map<String, VEvent> teamEvents = events(parse(send(HttpRequest.newBuilder(feedUri(teamFeed.get("path").asText()))
                .GET().build()).body()));
        assertTrue(teamEvents.keySet().toString(), teamEvents.containsKey("[ewa] Raport"));
        assertRefused(post("ical-feeds", "{\"team\":true}", "obca", PASSWORD), "team");

        // revoking stops the feed at once; no listing shows a token
        JsonNode revoked = ok(delete("ical-feeds/" + feed.get("id").asLong(), "ewa", PASSWORD));
        assertNotEquals("null", revoked.get("revokedAt").asText());
        assertEquals(404, send(HttpRequest.newBuilder(feedUri(path)).GET().build()).statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(feedUri("/relacja/ical/nothing-here.ics")).GET().build()).statusCode());
        assertTrue(ok(get("ical-feeds", "ewa", PASSWORD)).get(0).get("token").isNull());
        assertEquals(404, delete("ical-feeds/" + teamFeed.get("id").asLong(), "ewa", PASSWORD).statusCode());
    }

    @Test
    public void theShellShowsTheCalendarWorkingHoursAndFeeds() throws Exception {
        UserPrincipal ewa = new UserPrincipal("ewa");
        RolePrincipal operatorRole = new RolePrincipal("relacja-operator");
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        created(post("tasks", "{\"title\":\"Wizyta w terenie\",\"type\":\"visit\",\"start\":\"" + start
                + "\",\"deadline\":\"" + start.plus(Duration.ofHours(2)) + "\"}", "ewa", PASSWORD));
        String day = LocalDateTime.ofInstant(start, WARSAW).toLocalDate().toString();

        String week = executeCommand("crm:calendar --from " + day + " --days 1", ewa, operatorRole);
        assertTrue(week, week.contains("Wizyta w terenie"));
        String load = executeCommand("crm:calendar --load --operators team --from " + day + " --days 1",
                new UserPrincipal("kierownik"), new RolePrincipal("relacja-manager"));
        assertTrue(load, load.contains("ewa") && load.contains(day));
        String hours = executeCommand("crm:working-hours --set 08:30-16:30 --days MON,TUE,WED ewa", ewa, operatorRole);
        assertTrue(hours, hours.contains("08:30-16:30") && hours.contains("MON,TUE,WED"));
        String created = executeCommand("crm:ical-token --create", ewa, operatorRole);
        String path = created.replaceAll("(?s).*(/relacja/ical/[A-Za-z0-9_-]{43}\\.ics).*", "$1");
        assertEquals(200, send(HttpRequest.newBuilder(feedUri(path)).GET().build()).statusCode());
        long id = Long.parseLong(created.replaceAll("(?s).*Feed (\\d+).*", "$1"));
        assertTrue(executeCommand("crm:ical-token --revoke " + id, ewa, operatorRole).contains("revoked"));
        assertEquals(404, send(HttpRequest.newBuilder(feedUri(path)).GET().build()).statusCode());
    }

    @Test
    public void theOpenApiDocumentDescribesTheCalendar() throws Exception {
        JsonNode paths = ok(get("openapi.json", ADMIN, adminPassword)).get("paths");
        for (String path : new String[] {"/calendar", "/calendar/load", "/calendar/items/{id}", "/working-hours/{login}",
            "/ical-feeds", "/ical-feeds/{id}", "/ical-feeds/{id}/rotate"}) {
            assertTrue(path + " in " + paths.fieldNames(), paths.has(path));
        }
        assertTrue(paths.get("/calendar/items/{id}").has("patch"));
    }

    private static String calendar(Instant from, Instant to, String operators) {
        return "calendar?from=" + enc(from) + "&to=" + enc(to) + (operators == null ? "" : "&operators=" + operators);
    }

    private static String enc(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }

    private URI feedUri(String path) {
        return URI.create("http://localhost:" + httpPort() + path);
    }

    private HttpResponse<String> patch(String path, String json, String version) throws Exception {
        HttpRequest.Builder builder = request(path, "ewa", PASSWORD).header("Content-Type", "application/json");
        if (version != null) {
            builder.header("If-Match", "\"" + version + "\"");
        }
        return send(builder.method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** ical4j finds its parsers through the context class loader, which in the probe must be its bundle's. */
    private static Calendar parse(String text) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Calendar.class.getClassLoader());
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        return calendar.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast)
                .collect(Collectors.toMap(e -> e.getSummary().getValue(), e -> e));
    }

    private long operator(String username, String role, Long supervisorId) throws Exception {
        HttpResponse<String> created = post("operators", "{\"operator\":{\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"role\":\"" + role + "\",\"supervisorId\":" + supervisorId
                + "},\"password\":\"" + PASSWORD + "\"}", ADMIN, adminPassword);
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }
}
