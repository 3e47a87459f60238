package dev.relacja.scheduling.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.scheduling.api.IcalFeed;
import dev.relacja.scheduling.impl.ical.FeedTokens;
import dev.relacja.tasks.api.TaskDraft;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IcalFeedServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T10:00:00Z"), ZoneOffset.UTC);

    private SchedulingFixture f;
    private Operator boss;
    private Operator anna;
    private Operator piotr;

    @BeforeEach
    void setUp() {
        f = new SchedulingFixture(CLOCK);
        boss = f.operator(2, "boss", Role.MANAGER, null);
        anna = f.operator(3, "anna", Role.OPERATOR, 2L);
        piotr = f.operator(4, "piotr", Role.OPERATOR, null);
        f.as(anna);
        f.tasks.create(TaskDraft.titled("spring meeting").withType("meeting")
                .withSchedule(Instant.parse("2026-03-29T00:30:00Z"), Instant.parse("2026-03-29T01:30:00Z")));
        f.tasks.create(TaskDraft.titled("autumn report")
                .withSchedule(null, Instant.parse("2026-10-25T01:30:00Z")));
        f.tasks.create(TaskDraft.titled("holiday")
                .withSchedule(Instant.parse("2026-03-30T22:00:00Z"), Instant.parse("2026-04-01T22:00:00Z")));
        f.as(piotr);
        f.tasks.create(TaskDraft.titled("piotr's call").withType("phone-call")
                .withSchedule(Instant.parse("2026-03-24T09:00:00Z"), Instant.parse("2026-03-24T09:30:00Z")));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static Map<String, VEvent> events(Calendar calendar) {
        return calendar.getComponents().stream().filter(VEvent.class::isInstance).map(VEvent.class::cast)
                .collect(Collectors.toMap(e -> e.getSummary().getValue(), e -> e));
    }

    private static Instant instant(Temporal temporal) {
        return Instant.from(temporal);
    }

    @Test
    void aFeedIsRfc5545WithTheZoneAndTheRightInstantsAcrossDst() throws Exception {
        f.as(anna);
        IcalFeed feed = f.feeds.create(false);
        assertEquals(43, feed.token().length());
        assertEquals("/relacja/ical/" + feed.token() + ".ics", feed.path());

        String text = f.feeds.render(feed.token()).orElseThrow();
        assertTrue(text.contains("DTSTART;TZID=Europe/Warsaw:20260329T013000"), text);
        Calendar calendar = parse(text);
        VTimeZone zone = (VTimeZone) calendar.getComponents().stream().filter(VTimeZone.class::isInstance).findFirst().orElseThrow();
        assertEquals("Europe/Warsaw", zone.getTimeZoneId().getValue());

        Map<String, VEvent> events = events(calendar);
        assertEquals(List.of("autumn report", "holiday", "spring meeting"), events.keySet().stream().sorted().toList());
        VEvent spring = events.get("spring meeting");
        assertEquals(Instant.parse("2026-03-29T00:30:00Z"), instant(spring.getDateTimeStart().getDate()));
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), instant(spring.getDateTimeEnd().getDate()));
        VAlarm alarm = spring.getAlarms().get(0);
        assertEquals(Duration.ofMinutes(-15), alarm.getTrigger().orElseThrow().getDuration());
        VEvent autumn = events.get("autumn report");
        assertEquals(Instant.parse("2026-10-25T01:30:00Z"), instant(autumn.getDateTimeStart().getDate()));
        // 02:30 CET, the second 02:30 that night: a local time would be read as the first, so it is UTC
        assertTrue(text.contains("DTSTART:20261025T013000Z"), text);
        VEvent holiday = events.get("holiday");
        assertEquals(LocalDate.parse("2026-03-31"), holiday.getDateTimeStart().getDate());
        assertEquals(LocalDate.parse("2026-04-02"), holiday.getDateTimeEnd().getDate());
        assertTrue(spring.getUid().orElseThrow().getValue().startsWith("task-"));
    }

    @Test
    void onlyTheTokensHashIsStoredAndRotatingOrRevokingStopsTheOldAddressAtOnce() throws Exception {
        f.as(anna);
        IcalFeed feed = f.feeds.create(false);
        try (Connection c = f.db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT token_hash FROM sched_ical_feed")) {
            assertTrue(rows.next());
            assertEquals(FeedTokens.hash(feed.token()), rows.getString(1));
            assertNotEquals(feed.token(), rows.getString(1));
        }
        IcalFeed rotated = f.feeds.rotate(feed.id());
        assertTrue(f.feeds.render(feed.token()).isEmpty());
        assertTrue(f.feeds.render(rotated.token()).isPresent());

        IcalFeed revoked = f.feeds.revoke(feed.id());
        assertFalse(revoked.active());
        assertTrue(f.feeds.render(rotated.token()).isEmpty());
        assertTrue(f.feeds.render("not-a-token").isEmpty());
        assertTrue(f.feeds.render(new FeedTokens().newToken()).isEmpty());
        assertEquals(1, f.feeds.feeds().size());
        assertEquals(null, f.feeds.feeds().get(0).token(), "listed feeds never show a token");

        f.as(piotr);
        assertThrows(NotFoundException.class, () -> f.feeds.revoke(feed.id()));
    }

    @Test
    void aSupervisorsTeamFeedNamesOwnersAndOthersHaveNone() throws Exception {
        f.as(anna);
        assertThrows(ValidationException.class, () -> f.feeds.create(true));
        f.as(boss);
        IcalFeed team = f.feeds.create(true);
        Map<String, VEvent> events = events(parse(f.feeds.render(team.token()).orElseThrow()));
        assertTrue(events.containsKey("[anna] spring meeting"), events.keySet().toString());
        assertFalse(events.keySet().stream().anyMatch(s -> s.contains("piotr")));
    }

    @Test
    void aDeactivatedOperatorsFeedStops() {
        f.as(piotr);
        IcalFeed feed = f.feeds.create(false);
        assertTrue(f.feeds.render(feed.token()).isPresent());
        f.operators.deactivate(piotr.id());
        assertTrue(f.feeds.render(feed.token()).isEmpty());
    }
}
