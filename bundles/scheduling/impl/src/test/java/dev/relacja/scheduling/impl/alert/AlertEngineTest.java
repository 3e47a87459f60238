package dev.relacja.scheduling.impl.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.scheduling.api.Alert;
import dev.relacja.scheduling.api.AlertChannel;
import dev.relacja.scheduling.api.AlertStatus;
import dev.relacja.scheduling.api.ItemReminders;
import dev.relacja.scheduling.api.MarkRead;
import dev.relacja.scheduling.api.Notification;
import dev.relacja.scheduling.api.Notifications;
import dev.relacja.scheduling.api.RemindersDraft;
import dev.relacja.scheduling.api.UndeliverableAlertException;
import dev.relacja.testing.MutableClock;
import dev.relacja.scheduling.impl.SchedulingFixture;
import dev.relacja.scheduling.impl.persistence.AlertState;
import dev.relacja.scheduling.impl.persistence.DeliveryState;
import dev.relacja.scheduling.impl.persistence.StoredAlert;
import dev.relacja.scheduling.impl.persistence.StoredDelivery;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskDraft;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The alert engine over Derby with the real tasks module: alerts derived from tasks and kept current by
 * their events, reconciliation after lost events and downtime (late, never lost, never twice), reminders of
 * operators and items, daylight-saving changes and operators in other zones, and deliveries with retries.
 */
class AlertEngineTest {
    private static final Instant T0 = Instant.parse("2026-03-20T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private SchedulingFixture f;
    private Operator boss;
    private Operator anna;
    private Operator piotr;

    @BeforeEach
    void setUp() {
        f = new SchedulingFixture(clock, SchedulingFixture.alertConfig("in-app"));
        f.operator(1, "admin", Role.ADMIN, null);
        boss = f.operator(2, "boss", Role.MANAGER, null);
        anna = f.operator(3, "anna", Role.OPERATOR, 2L);
        piotr = f.operator(4, "piotr", Role.OPERATOR, null);
        f.bind(AlertChannel.IN_APP, -1, 10, new InAppChannel(f.alertStore));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Task task(Operator owner, String title, Instant deadline) {
        f.as(owner);
        return f.tasks.create(TaskDraft.titled(title).withSchedule(null, deadline));
    }

    private Task activity(Operator owner, String title, Instant start, Instant end) {
        f.as(owner);
        return f.tasks.create(TaskDraft.titled(title).withType("meeting").withSchedule(start, end));
    }

    private List<StoredAlert> alerts(Task task, AlertState state) {
        return f.alertStore.alerts(task.id()).stream().filter(a -> a.state() == state).toList();
    }

    private List<Notification> notifications(Operator operator) {
        return f.alertStore.notifications(operator.id(), false, 500);
    }

    private void at(Instant instant) {
        clock.set(instant);
        tick(f.engine);
    }

    @Test
    void aTaskEventRecordsTheDefaultReminderWhichFiresOnceInApp() {
        Task report = task(anna, "Raport kwartalny", T0.plus(Duration.ofHours(2)));

        List<StoredAlert> pending = alerts(report, AlertState.PENDING);
        assertEquals(1, pending.size());
        assertEquals(15, pending.get(0).minutesBefore());
        assertEquals(T0.plus(Duration.ofMinutes(105)), pending.get(0).dueAt());

        at(T0.plus(Duration.ofMinutes(104)));
        assertTrue(notifications(anna).isEmpty(), "not yet due");

        at(T0.plus(Duration.ofMinutes(105)));
        at(T0.plus(Duration.ofMinutes(106)));
        List<Notification> shown = notifications(anna);
        assertEquals(1, shown.size());
        assertEquals("Raport kwartalny", shown.get(0).title());
        assertEquals(report.deadline(), shown.get(0).anchor());
        assertFalse(shown.get(0).late());
        StoredAlert fired = alerts(report, AlertState.FIRED).get(0);
        StoredDelivery delivery = f.alertStore.deliveries(fired.id()).get(0);
        assertEquals(DeliveryState.SENT, delivery.state());
        assertEquals(1, delivery.attempts());
        assertTrue(notifications(piotr).isEmpty());
    }

    @Test
    void anActivityIsRemindedBeforeItStartsATaskBeforeItIsDue() {
        Instant start = T0.plus(Duration.ofDays(1));
        Task meeting = activity(anna, "Spotkanie z klientem", start, start.plus(Duration.ofHours(1)));
        assertEquals(start, alerts(meeting, AlertState.PENDING).get(0).anchorAt());
        Task call = task(anna, "Telefon", start.plus(Duration.ofHours(3)));
        assertEquals(start.plus(Duration.ofHours(3)), alerts(call, AlertState.PENDING).get(0).anchorAt());
    }

    @Test
    void doneMovedAndReassignedItemsRetireTheirPendingAlertsAndAMoveBackRevivesThem() {
        Instant due = T0.plus(Duration.ofDays(2));
        Task task = task(anna, "Oferta", due);
        StoredAlert first = alerts(task, AlertState.PENDING).get(0);

        f.as(anna);
        Task done = f.tasks.complete(task.id(), false);
        assertTrue(alerts(task, AlertState.PENDING).isEmpty());
        assertEquals(AlertState.RETIRED, f.alertStore.alert(first.id()).orElseThrow().state());

        Task reopened = f.tasks.reopen(done.id());
        assertEquals(first.id(), alerts(task, AlertState.PENDING).get(0).id(), "the same alert, revived");

        Instant later = due.plus(Duration.ofDays(1));
        Task moved = f.tasks.update(task.id(), reopened.version(), TaskDraft.of(reopened).withSchedule(null, later));
        List<StoredAlert> pending = alerts(task, AlertState.PENDING);
        assertEquals(1, pending.size());
        assertEquals(later, pending.get(0).anchorAt());
        assertEquals(AlertState.RETIRED, f.alertStore.alert(first.id()).orElseThrow().state());

        f.tasks.update(task.id(), moved.version(), TaskDraft.of(moved).withSchedule(null, due));
        assertEquals(first.id(), alerts(task, AlertState.PENDING).get(0).id());

        // reassigned by her supervisor: the same pending alert now reminds the new owner
        f.as(boss);
        f.tasks.reassign(task.id(), "piotr");
        List<StoredAlert> reassigned = alerts(task, AlertState.PENDING);
        assertEquals(1, reassigned.size());
        assertEquals(first.id(), reassigned.get(0).id());
        assertEquals("piotr", reassigned.get(0).operatorLogin());
        assertEquals(piotr.id(), reassigned.get(0).operatorId());
    }

    @Test
    void severalRemindersPerItemAndPerOperatorEachRecordedOnce() {
        Instant due = T0.plus(Duration.ofDays(3));
        Task task = task(anna, "Umowa", due);
        f.as(anna);
        f.alerts.setSettings("anna", new RemindersDraft(List.of(60, 1440)));
        assertEquals(List.of(60, 1440), alerts(task, AlertState.PENDING).stream().map(StoredAlert::minutesBefore).sorted().toList());

        ItemReminders own = f.alerts.setReminders(task.id(), new RemindersDraft(List.of(2880, 0, 30)));
        assertEquals(List.of(0, 30, 2880), own.reminders());
        assertEquals(ItemReminders.ITEM, own.source());
        assertEquals(List.of(0, 30, 2880), alerts(task, AlertState.PENDING).stream().map(StoredAlert::minutesBefore).sorted().toList());

        // events, reconciliations and ticks never add a second row for the same reminder
        f.engine.syncTask(task.id(), "anna");
        f.engine.syncOperator(anna);
        tick(f.engine);
        assertEquals(3, alerts(task, AlertState.PENDING).size());
        f.as(anna);

        assertEquals(ItemReminders.OPERATOR, f.alerts.resetReminders(task.id()).source());
        assertEquals(List.of(60, 1440), alerts(task, AlertState.PENDING).stream().map(StoredAlert::minutesBefore).sorted().toList());
        f.alerts.resetSettings("anna");
        assertEquals(List.of(15), alerts(task, AlertState.PENDING).stream().map(StoredAlert::minutesBefore).toList());

        f.alerts.setReminders(task.id(), new RemindersDraft(List.of()));
        assertTrue(alerts(task, AlertState.PENDING).isEmpty(), "[] means no reminders");
    }

    @Test
    void badRemindersAreRefusedEachOnItsFieldAndNothingChanges() {
        Task task = task(anna, "Umowa", T0.plus(Duration.ofDays(3)));
        f.as(anna);
        ValidationException bad = assertThrows(ValidationException.class,
                () -> f.alerts.setReminders(task.id(), new RemindersDraft(java.util.Arrays.asList(-5, 15, 15, 50_000, null))));
        String messages = bad.errors().stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("\n"));
        assertTrue(messages.contains("-5 is out of range"), messages);
        assertTrue(messages.contains("15 minutes appears more than once"), messages);
        assertTrue(messages.contains("50000 is out of range"), messages);
        assertTrue(messages.contains("not null"), messages);
        assertThrows(ValidationException.class, () -> f.alerts.setReminders(task.id(), new RemindersDraft(List.of(1, 2, 3, 4, 5, 6))));
        assertThrows(ValidationException.class, () -> f.alerts.setReminders(task.id(), new RemindersDraft(null)));
        assertThrows(ValidationException.class, () -> f.alerts.setSettings("anna", null));
        assertEquals(ItemReminders.DEFAULT, f.alerts.reminders(task.id()).source());
        assertEquals(List.of(15), alerts(task, AlertState.PENDING).stream().map(StoredAlert::minutesBefore).toList());

        // others' settings and items: a supervisor may, an outsider may not (and does not see the item)
        f.as(piotr);
        assertThrows(AccessDeniedException.class, () -> f.alerts.settings("anna"));
        assertThrows(NotFoundException.class, () -> f.alerts.reminders(task.id()));
        assertThrows(ValidationException.class, () -> f.alerts.settings("nobody"));
        f.as(boss);
        assertEquals(List.of(10), f.alerts.setSettings("anna", new RemindersDraft(List.of(10))).reminders());
    }

    @Test
    void aLostEventCostsNothingReconciliationOnStartRecordsTheAlert() {
        f.eventsDelivered = false;
        Task task = task(anna, "Bez zdarzenia", T0.plus(Duration.ofHours(1)));
        assertTrue(f.alertStore.alerts(task.id()).isEmpty());

        at(T0);
        assertEquals(1, alerts(task, AlertState.PENDING).size());
        at(T0.plus(Duration.ofMinutes(45)));
        assertEquals(1, notifications(anna).size());
        assertFalse(notifications(anna).get(0).late());
    }

    @Test
    void alertsDueWhileDownFireLateAfterStartExactlyOnceNoneLost() {
        at(T0); // the last heartbeat before the crash
        Task known = task(anna, "Znane", T0.plus(Duration.ofMinutes(40)));
        f.eventsDelivered = false; // lost with the crash
        Task lost = task(anna, "Zgubione zdarzenie", T0.plus(Duration.ofMinutes(50)));
        Task tomorrow = task(anna, "Jutro", T0.plus(Duration.ofDays(1)));
        f.eventsDelivered = true;

        // three hours later Karaf starts again: a new engine, which reconciles before anything fires
        clock.set(T0.plus(Duration.ofHours(3)));
        AlertEngine restarted = f.restartedEngine(clock, SchedulingFixture.alertConfig("in-app"));
        tick(restarted);
        tick(restarted);

        Map<Long, List<Notification>> byItem = notifications(anna).stream().collect(Collectors.groupingBy(Notification::itemId));
        assertEquals(1, byItem.get(known.id()).size());
        assertEquals(1, byItem.get(lost.id()).size());
        assertTrue(byItem.get(known.id()).get(0).late());
        assertTrue(byItem.get(lost.id()).get(0).late());
        assertFalse(byItem.containsKey(tomorrow.id()));
        assertEquals(1, alerts(tomorrow, AlertState.PENDING).size());
    }

    @Test
    void anAlertIsLateOnlyWhenItFiresMoreThanTwoTicksAfterItWasDue() {
        Task onTime = task(anna, "Na czas", T0.plus(Duration.ofMinutes(20)));
        Task tooLate = task(anna, "Za późno", T0.plus(Duration.ofMinutes(25)));
        at(T0.plus(Duration.ofMinutes(6)));
        at(T0.plus(Duration.ofMinutes(11)).plusSeconds(1));
        assertFalse(alerts(onTime, AlertState.FIRED).get(0).late(), "60 s after it was due: two ticks of 30 s");
        assertTrue(alerts(tooLate, AlertState.FIRED).get(0).late(), "61 s after it was due");
    }

    @Test
    void aLongOutageCatchesUpAtMostTheConfiguredDaysBack() {
        at(T0);
        f.eventsDelivered = false;
        Task old = task(anna, "Dawno", T0.plus(Duration.ofDays(1)));
        Task recent = task(anna, "Niedawno", T0.plus(Duration.ofDays(9)));
        clock.set(T0.plus(Duration.ofDays(10)));
        tick(f.restartedEngine(clock, SchedulingFixture.alertConfig("in-app")));
        assertTrue(f.alertStore.alerts(old.id()).isEmpty(), "older than alertCatchUpDays (7)");
        assertEquals(1, alerts(recent, AlertState.FIRED).size());
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a waiting event thread would hang
    void anEventDuringAReconciliationWaitsForItsEndInsteadOfBlockingTheEventThread() throws Exception {
        CountDownLatch reconciling = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        f.operators.beforeList = () -> {
            reconciling.countDown();
            await(release);
        };
        AlertEngine engine = f.restartedEngine(clock, SchedulingFixture.alertConfig("in-app"));
        Thread timer = new Thread(() -> tick(engine), "timer");
        timer.start();
        assertTrue(reconciling.await(10, TimeUnit.SECONDS));

        Task task = task(anna, "W trakcie uzgadniania", T0.plus(Duration.ofHours(2)));
        assertTrue(f.alertStore.alerts(task.id()).isEmpty(), "queued, not waiting for the lock");
        f.operators.beforeList = () -> { };
        release.countDown();
        timer.join(10_000);
        assertEquals(1, alerts(task, AlertState.PENDING).size(), "followed at the end of the tick");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aRetriedInAppDeliveryAddsNoSecondNotification() {
        Task task = task(anna, "Raz", T0.plus(Duration.ofMinutes(20)));
        at(T0.plus(Duration.ofMinutes(5)));
        StoredAlert fired = alerts(task, AlertState.FIRED).get(0);
        // as after a crash between the notification's commit and the delivery's
        new InAppChannel(f.alertStore).deliver(AlertEngine.toAlert(fired));
        assertEquals(1, notifications(anna).size());
    }

    @Test
    void springForwardRemindersAreRealMinutesBeforeTheDeadline() {
        ZoneId warsaw = ZoneId.of("Europe/Warsaw");
        clock.set(Instant.parse("2026-03-28T12:00:00Z"));
        // 03:30 on 29 March 2026 in Warsaw, just after the clocks jumped from 02:00 to 03:00: 01:30Z
        Instant due = java.time.LocalDateTime.parse("2026-03-29T03:30").atZone(warsaw).toInstant();
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), due);
        Task task = task(anna, "Po zmianie czasu", due);
        f.as(anna);
        f.alerts.setReminders(task.id(), new RemindersDraft(List.of(60, 1440)));
        Map<Integer, Instant> dueAt = alerts(task, AlertState.PENDING).stream()
                .collect(Collectors.toMap(StoredAlert::minutesBefore, StoredAlert::dueAt));
        // an hour before is 01:30 CET, the wall clock two hours earlier; a day before is 24 real hours
        assertEquals(Instant.parse("2026-03-29T00:30:00Z"), dueAt.get(60));
        assertEquals(Instant.parse("2026-03-28T01:30:00Z"), dueAt.get(1440));
        at(Instant.parse("2026-03-29T00:29:59Z"));
        assertTrue(alerts(task, AlertState.FIRED).stream().noneMatch(a -> a.minutesBefore() == 60));
        at(Instant.parse("2026-03-29T00:30:00Z"));
        assertTrue(alerts(task, AlertState.FIRED).stream().anyMatch(a -> a.minutesBefore() == 60));
    }

    @Test
    void fallBackTheRepeatedHourIsTwoDistinctInstants() {
        ZoneId warsaw = ZoneId.of("Europe/Warsaw");
        clock.set(Instant.parse("2026-10-24T12:00:00Z"));
        // 02:30 happens twice on 25 October 2026: 00:30Z (CEST) and 01:30Z (CET)
        var local = java.time.LocalDateTime.parse("2026-10-25T02:30");
        Instant first = local.atZone(warsaw).withEarlierOffsetAtOverlap().toInstant();
        Instant second = local.atZone(warsaw).withLaterOffsetAtOverlap().toInstant();
        Task early = task(anna, "Pierwsze 02:30", first);
        Task late = task(anna, "Drugie 02:30", second);
        f.as(anna);
        f.alerts.setSettings("anna", new RemindersDraft(List.of(30)));
        assertEquals(Instant.parse("2026-10-25T00:00:00Z"), alerts(early, AlertState.PENDING).get(0).dueAt());
        assertEquals(Instant.parse("2026-10-25T01:00:00Z"), alerts(late, AlertState.PENDING).get(0).dueAt());
        at(Instant.parse("2026-10-25T00:30:00Z"));
        assertEquals(List.of(early.id()), notifications(anna).stream().map(Notification::itemId).toList());
        at(Instant.parse("2026-10-25T01:00:00Z"));
        assertEquals(2, notifications(anna).size());
    }

    @Test
    void operatorsInOtherZonesAreRemindedAtTheSameInstant() {
        f.operators.zone(piotr.id(), ZoneId.of("America/New_York"));
        Instant due = Instant.parse("2026-03-21T15:00:00Z");
        Task warsaw = task(anna, "Warszawa", due);
        Task newYork = task(piotr, "Nowy Jork", due);
        assertEquals(alerts(warsaw, AlertState.PENDING).get(0).dueAt(), alerts(newYork, AlertState.PENDING).get(0).dueAt());
        at(due.minus(Duration.ofMinutes(15)));
        assertEquals(1, notifications(anna).size());
        assertEquals(1, notifications(piotr).size());
    }

    @Test
    void deactivatedOperatorsPendingAlertsRetireOnReconciliation() {
        Task task = task(piotr, "Piotra", T0.plus(Duration.ofHours(5)));
        f.operators.deactivate(piotr.id());
        at(T0);
        assertTrue(alerts(task, AlertState.PENDING).isEmpty());
    }

    @Test
    void notificationsListUnreadAndMarkReadAllOrNothing() {
        task(anna, "Jeden", T0.plus(Duration.ofMinutes(10)));
        task(anna, "Dwa", T0.plus(Duration.ofMinutes(12)));
        task(piotr, "Cudze", T0.plus(Duration.ofMinutes(12)));
        at(T0.plus(Duration.ofMinutes(1)));
        f.as(anna);
        Notifications list = f.alerts.notifications(false, 50);
        assertEquals(2, list.unread());
        assertEquals("Dwa", list.items().get(0).title(), "newest first");
        long foreign = notifications(piotr).get(0).id();

        ValidationException refused = assertThrows(ValidationException.class,
                () -> f.alerts.markRead(new MarkRead(List.of(list.items().get(0).id(), foreign), null)));
        assertTrue(refused.errors().get(0).message().contains("no notification " + foreign), refused.errors().toString());
        assertEquals(2, f.alerts.notifications(true, 50).unread(), "nothing marked");
        assertThrows(ValidationException.class, () -> f.alerts.markRead(new MarkRead(List.of(1L), true)));
        assertThrows(ValidationException.class, () -> f.alerts.markRead(new MarkRead(null, null)));
        assertThrows(ValidationException.class, () -> f.alerts.markRead(new MarkRead(List.of(), null)));
        assertThrows(ValidationException.class, () -> f.alerts.notifications(false, 0));

        assertEquals(1, f.alerts.markRead(new MarkRead(List.of(list.items().get(0).id()), null)).marked());
        assertEquals(1, f.alerts.notifications(true, 50).items().size());
        var receipt = f.alerts.markRead(new MarkRead(null, true));
        assertEquals(1, receipt.marked());
        assertEquals(0, receipt.unread());
        assertNotNull(f.alerts.notifications(false, 50).items().get(0).readAt());
        f.as(piotr);
        assertEquals(1, f.alerts.notifications(false, 50).unread());
    }

    @Test
    void aFailingChannelIsRetriedWithDoublingBackoffThenGivenUpAndUndeliverableIsSkipped() {
        SchedulingFixture g = f;
        AlertEngine engine = g.restartedEngine(clock, SchedulingFixture.alertConfig("in-app", "flaky", "never"));
        List<Alert> attempts = new CopyOnWriteArrayList<>();
        g.bind("flaky", 0, 11, alert -> {
            attempts.add(alert);
            throw new IllegalStateException("421 try later");
        });
        g.bind("never", 0, 12, alert -> {
            throw new UndeliverableAlertException("no address");
        });
        Task task = task(anna, "Ponawiane", T0.plus(Duration.ofMinutes(15)));
        clock.set(T0);
        tick(engine);
        StoredAlert fired = alerts(task, AlertState.FIRED).get(0);
        Map<String, StoredDelivery> deliveries = byChannel(fired);
        assertEquals(DeliveryState.SENT, deliveries.get("in-app").state());
        assertEquals(DeliveryState.SKIPPED, deliveries.get("never").state());
        assertEquals("no address", deliveries.get("never").lastError());
        StoredDelivery flaky = deliveries.get("flaky");
        assertEquals(DeliveryState.PENDING, flaky.state());
        assertEquals(1, flaky.attempts());
        assertEquals(T0.plus(Duration.ofSeconds(60)), flaky.nextAttemptAt());
        assertTrue(flaky.lastError().contains("421 try later"), flaky.lastError());

        clock.set(T0.plus(Duration.ofSeconds(59)));
        tick(engine);
        assertEquals(1, attempts.size(), "not before the backoff");
        clock.set(T0.plus(Duration.ofSeconds(60)));
        tick(engine);
        assertEquals(2, attempts.size());
        assertEquals(T0.plus(Duration.ofSeconds(180)), byChannel(fired).get("flaky").nextAttemptAt(), "then 120 s");
        clock.set(T0.plus(Duration.ofHours(1)));
        tick(engine);
        clock.set(T0.plus(Duration.ofHours(2)));
        tick(engine);
        tick(engine);
        StoredDelivery gaveUp = byChannel(fired).get("flaky");
        assertEquals(DeliveryState.FAILED, gaveUp.state(), "alertAttempts is 4 here");
        assertEquals(4, gaveUp.attempts());
        assertEquals(4, attempts.size());
        assertEquals(attempts.get(0).key(), attempts.get(3).key(), "the same key on every attempt");
        assertEquals(1, notifications(anna).size());

        // what support sees: the item's alerts and each channel's outcome, for whoever sees the item
        f.as(anna);
        AlertStatus status = f.alerts.alerts(task.id()).get(0);
        assertEquals("FIRED", status.state());
        Map<String, AlertStatus.Delivery> outcome = status.deliveries().stream()
                .collect(Collectors.toMap(AlertStatus.Delivery::channel, d -> d));
        assertEquals("FAILED", outcome.get("flaky").state());
        assertEquals(4, outcome.get("flaky").attempts());
        assertTrue(outcome.get("flaky").lastError().contains("421 try later"));
        assertEquals("SKIPPED", outcome.get("never").state());
        assertEquals("SENT", outcome.get("in-app").state());
        f.as(piotr);
        assertThrows(NotFoundException.class, () -> f.alerts.alerts(task.id()));
    }

    @Test
    void aChannelNotInstalledKeepsItsDeliveriesUntilItIsAndTheHighestRankingDelivers() {
        AlertEngine engine = f.restartedEngine(clock, SchedulingFixture.alertConfig("email"));
        Task task = task(anna, "Mail później", T0.plus(Duration.ofMinutes(10)));
        clock.set(T0);
        tick(engine);
        StoredAlert fired = alerts(task, AlertState.FIRED).get(0);
        assertEquals(DeliveryState.PENDING, byChannel(fired).get("email").state());
        assertEquals(0, byChannel(fired).get("email").attempts());

        List<String> deliveredBy = new CopyOnWriteArrayList<>();
        f.bind("email", -1, 20, alert -> deliveredBy.add("built-in"));
        f.bind("email", 0, 21, alert -> deliveredBy.add("mailbox"));
        tick(engine);
        assertEquals(List.of("mailbox"), deliveredBy);
        assertEquals(DeliveryState.SENT, byChannel(fired).get("email").state());
    }

    @Test
    void backoffDoublesUpToTheLongestWait() {
        assertEquals(Duration.ofSeconds(60), f.engine.backoff(1));
        assertEquals(Duration.ofSeconds(240), f.engine.backoff(3));
        assertEquals(Duration.ofMinutes(60), f.engine.backoff(30));
    }

    private Map<String, StoredDelivery> byChannel(StoredAlert alert) {
        return f.alertStore.deliveries(alert.id()).stream().collect(Collectors.toMap(StoredDelivery::channel, d -> d));
    }

    /** A tick as the timer runs it: on a thread where nobody is signed in. */
    private void tick(AlertEngine engine) {
        f.signOut();
        engine.tick();
    }
}
