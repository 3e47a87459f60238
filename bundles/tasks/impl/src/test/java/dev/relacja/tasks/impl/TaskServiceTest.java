package dev.relacja.tasks.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.Addresses;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.contacts.api.TimelineEntry;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.tasks.api.LogEntry;
import dev.relacja.tasks.api.LogKind;
import dev.relacja.tasks.api.Priority;
import dev.relacja.tasks.api.Reassignment;
import dev.relacja.tasks.api.Stage;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskDraft;
import dev.relacja.tasks.api.TaskQuery;
import dev.relacja.tasks.api.TaskStatus;
import dev.relacja.tasks.api.TaskType;
import dev.relacja.tasks.api.TeamMemberSummary;
import dev.relacja.tasks.api.WorkReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class TaskServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private TasksFixture fx;
    private Operator boss;
    private Operator anna;
    private Operator piotr;
    private Operator outsider;
    private Operator viewer;
    private Counterparty acme;

    @BeforeEach
    void setUp() {
        fx = new TasksFixture(Clock.fixed(NOW, ZoneOffset.UTC));
        boss = fx.operator(1, "boss", Role.MANAGER, null);
        anna = fx.operator(2, "anna", Role.OPERATOR, 1L);
        piotr = fx.operator(3, "piotr", Role.OPERATOR, 1L);
        outsider = fx.operator(4, "zenon", Role.OPERATOR, null);
        viewer = fx.operator(5, "wiktor", Role.VIEWER, 1L);
        fx.as(anna);
        acme = fx.counterparties.create(new CounterpartyDraft("ACME", "Acme Sp. z o.o.", CounterpartyKind.COMPANY, "5260250274",
                null, Addresses.NONE, List.of(), List.of(), null, null, null, false, List.of(), null, null));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aNewTaskStartsInTheFirstStageOwnedByItsCreator() {
        Task task = fx.tasks.create(TaskDraft.titled("Przygotować ofertę"));

        assertEquals("anna", task.owner());
        assertNull(task.delegatedBy());
        assertEquals("task", task.type());
        assertEquals("new", task.stage());
        assertEquals(Priority.NORMAL, task.priority());
        assertEquals(TaskStatus.OPEN, task.status());
        assertEquals(task.id(), task.rootId());
        assertEquals(List.of(LogKind.CREATED), fx.tasks.log(task.id()).stream().map(LogEntry::kind).toList());
        assertTrue(fx.events.contains("tasks/CREATED " + task.id()));
    }

    @Test
    void anActivityWithSubtasksDelegatedToAColleagueDerivesItsProgress() {
        Task call = fx.tasks.create(TaskDraft.titled("Rozmowa o umowie serwisowej").withType("phone-call")
                .withCounterparty(acme.id(), null));
        Task first = fx.tasks.create(TaskDraft.titled("Wycena").withOwner("piotr").withParent(call.id()));
        Task second = fx.tasks.create(TaskDraft.titled("Harmonogram").withOwner("piotr").withParent(call.id()));
        assertEquals("anna", first.delegatedBy());
        assertTrue(fx.events.contains("tasks/DELEGATED " + first.id()));
        assertEquals(2, fx.tasks.find(call.id()).orElseThrow().openSubtasks());

        fx.as(piotr).tasks.report(first.id(), new WorkReport(null, 50, 90, "Połowa wyceny"));

        fx.as(anna);
        assertEquals(25, fx.tasks.find(call.id()).orElseThrow().percentDone());
        fx.as(piotr).tasks.complete(second.id(), false);
        fx.as(anna);
        Task main = fx.tasks.find(call.id()).orElseThrow();
        assertEquals(75, main.percentDone());
        assertFalse(main.percentManual());
        assertEquals(1, main.openSubtasks());
        List<LogEntry> log = fx.tasks.log(first.id());
        assertTrue(log.stream().anyMatch(e -> e.kind() == LogKind.WORK && e.minutesSpent() == 90
                && "piotr".equals(e.operator()) && "Połowa wyceny".equals(e.text())), log.toString());
        assertTrue(log.stream().anyMatch(e -> e.kind() == LogKind.OWNER && "piotr".equals(e.to())), log.toString());
    }

    @Test
    void aPercentSetByHandWinsOverTheSubtasksUntilItIsCleared() {
        Task main = fx.tasks.create(TaskDraft.titled("Wdrożenie"));
        Task sub = fx.tasks.create(TaskDraft.titled("Szkolenie").withParent(main.id()));
        Task manual = fx.tasks.update(main.id(), fx.tasks.find(main.id()).orElseThrow().version(),
                TaskDraft.of(fx.tasks.find(main.id()).orElseThrow()).withProgress(null, 40));
        assertEquals(40, manual.percentDone());
        assertTrue(manual.percentManual());

        fx.tasks.report(sub.id(), new WorkReport(null, 80, null, null));
        assertEquals(40, fx.tasks.find(main.id()).orElseThrow().percentDone());

        Task derived = fx.tasks.update(main.id(), manual.version(), TaskDraft.of(manual).withProgress(null, null));
        assertEquals(80, derived.percentDone());
        assertFalse(derived.percentManual());
    }

    @Test
    void aTaskThatReachesAClosingStageIsFullyDoneWhateverPercentCameWithIt() {
        Task edited = fx.tasks.create(TaskDraft.titled("Edytowane"));
        fx.tasks.report(edited.id(), new WorkReport(null, 40, null, null));
        Task current = fx.tasks.find(edited.id()).orElseThrow();
        Task closedByEdit = fx.tasks.update(edited.id(), current.version(), TaskDraft.of(current).withProgress("done", 40));
        assertEquals(TaskStatus.DONE, closedByEdit.status());
        assertEquals(100, closedByEdit.percentDone());

        Task reported = fx.tasks.create(TaskDraft.titled("Raportowane"));
        Task closedByReport = fx.tasks.report(reported.id(), new WorkReport("done", 50, 30, "koniec"));
        assertEquals(100, closedByReport.percentDone());
        assertEquals(0, fx.tasks.reopen(reported.id()).percentDone());
    }

    @Test
    void closingAMainTaskWithOpenSubtasksNeedsConfirmation() {
        Task main = fx.tasks.create(TaskDraft.titled("Reklamacja"));
        Task sub = fx.tasks.create(TaskDraft.titled("Oględziny").withParent(main.id()));
        Task subSub = fx.tasks.create(TaskDraft.titled("Zdjęcia").withParent(sub.id()));

        ConflictException refused = assertThrows(ConflictException.class, () -> fx.tasks.complete(main.id(), false));
        assertTrue(refused.getMessage().contains("#" + sub.id()), refused.getMessage());
        assertEquals(TaskStatus.OPEN, fx.tasks.find(main.id()).orElseThrow().status());
        Task viaStage = fx.tasks.find(main.id()).orElseThrow();
        assertThrows(ConflictException.class, () -> fx.tasks.report(main.id(), new WorkReport("done", null, null, null)));
        assertEquals(viaStage.version(), fx.tasks.find(main.id()).orElseThrow().version());

        Task done = fx.tasks.complete(main.id(), true);
        assertEquals(TaskStatus.DONE, done.status());
        assertEquals(100, done.percentDone());
        assertEquals(NOW, done.completedAt());
        assertEquals(TaskStatus.DONE, fx.tasks.find(subSub.id()).orElseThrow().status());
        assertThrows(ConflictException.class, () -> fx.tasks.create(TaskDraft.titled("Za późno").withParent(main.id())));
    }

    @Test
    void supervisorsSeeAndReassignTheirTeamsWorkOthersDoNot() {
        Task annas = fx.as(anna).tasks.create(TaskDraft.titled("Telefon do klienta"));

        assertTrue(fx.as(boss).tasks.find(annas.id()).isPresent());
        assertEquals(1, fx.tasks.search(TaskQuery.builder().team(true).build(), new PageRequest(0, 20)).total());
        Task moved = fx.tasks.reassign(annas.id(), "piotr");
        assertEquals("piotr", moved.owner());
        assertEquals("boss", moved.delegatedBy());
        assertTrue(fx.events.contains("tasks/REASSIGNED " + annas.id()));

        fx.as(outsider);
        assertTrue(fx.tasks.find(annas.id()).isEmpty());
        assertEquals(0, fx.tasks.search(TaskQuery.ALL, new PageRequest(0, 20)).total());
        assertThrows(NotFoundException.class, () -> fx.tasks.report(annas.id(), new WorkReport(null, 10, null, null)));
        assertThrows(NotFoundException.class, () -> fx.tasks.log(annas.id()));
        assertThrows(AccessDeniedException.class, () -> fx.tasks.reassign(new Reassignment("piotr", "zenon", null)));

        assertTrue(fx.as(viewer).tasks.find(annas.id()).isEmpty(), "a peer of anna's, not her supervisor");
        assertTrue(fx.as(anna).tasks.find(annas.id()).isEmpty(), "neither owner nor delegator any more");
    }

    @Test
    void aViewerReadsWhatTheirTeamOwnsButChangesNothing() {
        Operator chief = fx.operator(6, "chief", Role.VIEWER, null);
        fx.operator(7, "worker", Role.OPERATOR, 6L);
        Task task = fx.as(fx.operators.findByUsername("worker").orElseThrow()).tasks.create(TaskDraft.titled("Raport"));

        fx.as(chief);
        assertTrue(fx.tasks.find(task.id()).isPresent());
        assertThrows(AccessDeniedException.class, () -> fx.tasks.report(task.id(), new WorkReport(null, 10, null, null)));
        assertThrows(AccessDeniedException.class, () -> fx.tasks.create(TaskDraft.titled("Nie wolno")));
    }

    @Test
    void bulkReassignmentMovesAllOpenTasksOfAnAbsentOperator() {
        fx.as(anna);
        Task a = fx.tasks.create(TaskDraft.titled("A"));
        Task b = fx.tasks.create(TaskDraft.titled("B"));
        Task closed = fx.tasks.create(TaskDraft.titled("C"));
        fx.tasks.complete(closed.id(), false);

        List<Long> moved = fx.as(boss).tasks.reassign(new Reassignment("anna", "piotr", null));

        assertEquals(List.of(a.id(), b.id()), moved);
        assertEquals("anna", fx.tasks.find(closed.id()).orElseThrow().owner());
        ValidationException wrongOwner = assertThrows(ValidationException.class,
                () -> fx.tasks.reassign(new Reassignment("anna", "piotr", List.of(a.id()))));
        assertEquals("taskIds", wrongOwner.errors().get(0).field());
    }

    @Test
    void badInputIsRefusedWithEveryReasonAndChangesNothing() {
        Task task = fx.tasks.create(TaskDraft.titled("Oferta").withSchedule(NOW, NOW.plus(Duration.ofDays(2))));
        Task before = fx.tasks.find(task.id()).orElseThrow();
        int logLines = fx.tasks.log(task.id()).size();

        assertRefused(() -> fx.tasks.update(task.id(), before.version(), TaskDraft.of(before).withProgress(null, 140)),
                "percentDone");
        assertRefused(() -> fx.tasks.update(task.id(), before.version(),
                TaskDraft.of(before).withSchedule(NOW, NOW.minus(Duration.ofDays(1)))), "deadline");
        assertRefused(() -> fx.tasks.update(task.id(), before.version(), TaskDraft.of(before).withOwner("nikt")), "owner");
        assertRefused(() -> fx.tasks.update(task.id(), before.version(), TaskDraft.of(before).withProgress("lunch", null)),
                "stage");
        assertRefused(() -> fx.tasks.update(task.id(), before.version(), TaskDraft.of(before).withParent(task.id())),
                "parentId");
        assertRefused(() -> fx.tasks.update(task.id(), before.version(), TaskDraft.of(before).withType("fax")), "type");
        assertRefused(() -> fx.tasks.create(TaskDraft.titled(" ")), "title");
        assertRefused(() -> fx.tasks.create(TaskDraft.titled("X").withCounterparty(999L, null)), "counterpartyId");
        assertRefused(() -> fx.tasks.report(task.id(), new WorkReport(null, null, 0, null)), "minutesSpent");
        ValidationException many = assertThrows(ValidationException.class, () -> fx.tasks.update(task.id(),
                before.version(), TaskDraft.of(before).withProgress("lunch", 140).withOwner("nikt")));
        assertEquals(List.of("stage", "percentDone", "owner"), many.errors().stream().map(FieldError::field).toList());

        Task after = fx.tasks.find(task.id()).orElseThrow();
        assertEquals(before, after);
        assertEquals(logLines, fx.tasks.log(task.id()).size());
        assertEquals(1, fx.tasks.search(TaskQuery.ALL, new PageRequest(0, 20)).total());
    }

    @Test
    void aTaskCannotMoveBelowItsOwnSubtask() {
        Task main = fx.tasks.create(TaskDraft.titled("Główne"));
        Task child = fx.tasks.create(TaskDraft.titled("Pod").withParent(main.id()));
        Task grandchild = fx.tasks.create(TaskDraft.titled("Pod-pod").withParent(child.id()));
        Task current = fx.tasks.find(main.id()).orElseThrow();

        ValidationException cycle = assertThrows(ValidationException.class,
                () -> fx.tasks.update(main.id(), current.version(), TaskDraft.of(current).withParent(grandchild.id())));
        assertTrue(cycle.getMessage().contains("cannot go below itself"), cycle.getMessage());
        assertNull(fx.tasks.find(main.id()).orElseThrow().parentId());

        Task other = fx.tasks.create(TaskDraft.titled("Inne"));
        Task movedChild = fx.tasks.find(child.id()).orElseThrow();
        fx.tasks.update(child.id(), movedChild.version(), TaskDraft.of(movedChild).withParent(other.id()));
        assertEquals(other.id(), fx.tasks.find(grandchild.id()).orElseThrow().rootId());
        assertEquals(2, fx.tasks.find(grandchild.id()).orElseThrow().depth());
        assertEquals(0, fx.tasks.find(main.id()).orElseThrow().openSubtasks());
    }

    @Test
    void subtasksStopAtTheDepthLimit() {
        Task level = fx.tasks.create(TaskDraft.titled("Poziom 0"));
        for (int depth = 1; depth <= 4; depth++) {
            level = fx.tasks.create(TaskDraft.titled("Poziom " + depth).withParent(level.id()));
        }
        long deepest = level.id();
        assertRefused(() -> fx.tasks.create(TaskDraft.titled("Za głęboko").withParent(deepest)), "parentId");
    }

    @Test
    void aStaleVersionIsRefused() {
        Task task = fx.tasks.create(TaskDraft.titled("Wersja"));
        fx.tasks.update(task.id(), task.version(), TaskDraft.of(task).withDetails("opis", Priority.HIGH, null, List.of()));
        assertThrows(StaleVersionException.class, () -> fx.tasks.update(task.id(), task.version(), TaskDraft.of(task)));
    }

    @Test
    void searchFiltersByOverdueTagTextThreadAndOwner() {
        fx.tasks.create(TaskDraft.titled("Zaległe").withSchedule(null, NOW.minus(Duration.ofHours(1)))
                .withDetails(null, Priority.URGENT, "Umowa 2027", List.of("VIP")));
        fx.tasks.create(TaskDraft.titled("Na jutro").withSchedule(null, NOW.plus(Duration.ofDays(1)))
                .withDetails("zadzwonić do Łodzi", Priority.LOW, "umowa 2027", List.of()));
        fx.as(piotr).tasks.create(TaskDraft.titled("Piotra"));
        fx.as(anna);

        assertEquals(List.of("Zaległe"), titles(TaskQuery.builder().overdue(true).build()));
        assertEquals(List.of("Zaległe"), titles(TaskQuery.builder().tag("vip").build()));
        assertEquals(List.of("Na jutro"), titles(TaskQuery.builder().text("ŁODZI").build()));
        assertEquals(List.of("Zaległe", "Na jutro"), titles(TaskQuery.builder().thread("UMOWA 2027").build()));
        assertEquals(List.of("Zaległe", "Na jutro"), titles(TaskQuery.builder().owner("anna").sort("-priority").build()));
        assertEquals(List.of(), titles(TaskQuery.builder().owner("piotr").build()), "a peer's tasks stay hidden");
        assertEquals(3, fx.as(boss).tasks.search(TaskQuery.builder().team(true).build(), new PageRequest(0, 2)).total());
        assertThrows(ValidationException.class, () -> titles(TaskQuery.builder().sort("colour").build()));
        assertEquals(1, fx.as(anna).tasks.threads(null).size());
        assertEquals(2, fx.tasks.threads(null).get(0).tasks());
    }

    @Test
    void theTeamOverviewCountsOpenOverdueDoneAndTime() {
        fx.as(anna);
        Task late = fx.tasks.create(TaskDraft.titled("Zaległe").withSchedule(null, NOW.minus(Duration.ofDays(1))));
        Task done = fx.tasks.create(TaskDraft.titled("Zrobione"));
        fx.tasks.report(done.id(), new WorkReport("done", null, 45, null));
        fx.tasks.report(late.id(), new WorkReport(null, null, 30, "w toku"));

        List<TeamMemberSummary> overview = fx.as(boss).tasks.teamOverview();

        assertEquals(List.of("anna", "boss", "piotr", "wiktor"), overview.stream().map(TeamMemberSummary::operator).toList());
        TeamMemberSummary annas = overview.get(0);
        assertEquals(new TeamMemberSummary("anna", "ANNA", 1, 1, 1, 75), annas);
        assertEquals(1, fx.as(anna).tasks.teamOverview().size());
    }

    @Test
    void typesKeepTheStagesTasksStandIn() {
        fx.as(boss);
        TaskType custom = fx.types.define(new TaskType("complaint", "Reklamacja", false, List.of(
                new Stage("reported", "Zgłoszona", false), new Stage("closed", "Zamknięta", true))));
        Task complaint = fx.tasks.create(TaskDraft.titled("Uszkodzona dostawa").withType("complaint"));
        assertEquals("reported", complaint.stage());

        assertThrows(ConflictException.class, () -> fx.types.define(new TaskType("complaint", "Reklamacja", false,
                List.of(new Stage("new", "Nowa", false), new Stage("closed", "Zamknięta", true)))));
        assertRefused(() -> fx.types.define(new TaskType("x", "X", false, List.of(new Stage("only", "Only", true)))), "stages");
        assertThrows(AccessDeniedException.class, () -> fx.as(anna).types.define(custom));
    }

    @Test
    void aContactPersonMustBelongToTheCounterparty() {
        long person = fx.counterparties.addContactPerson(acme.id(),
                new ContactPersonDraft("Jan Kowalski", "zakupy", List.of(), List.of(), false)).id();
        Task withPerson = fx.tasks.create(TaskDraft.titled("Spotkanie").withType("meeting").withCounterparty(acme.id(), person));
        assertEquals(person, withPerson.contactPersonId());
        assertTrue(withPerson.activity());
        assertRefused(() -> fx.tasks.create(TaskDraft.titled("Bez firmy").withCounterparty(null, person)), "contactPersonId");
    }

    @Test
    void theCounterpartyTimelineShowsWhatTheCallerMaySee() {
        fx.tasks.create(TaskDraft.titled("Telefon od Acme").withType("phone-call").withCounterparty(acme.id(), null));
        fx.as(outsider).tasks.create(TaskDraft.titled("Cudze spotkanie").withType("meeting").withCounterparty(acme.id(), null));
        TaskTimeline timeline = new TaskTimeline(fx.store, fx.callers, fx.operators);

        fx.as(anna);
        assertEquals(List.of("Aktywność (phone-call, planned, anna): Telefon od Acme"),
                timeline.entriesFor(acme.id(), 10).stream().map(TimelineEntry::summary).toList());
        assertEquals(2, fx.as(fx.operator(9, "root", Role.ADMIN, null)).tasks.search(
                TaskQuery.builder().counterparty(acme.id()).build(), new PageRequest(0, 10)).total());
        assertEquals(2, timeline.entriesFor(acme.id(), 10).size());
    }

    private List<String> titles(TaskQuery query) {
        return fx.tasks.search(query, new PageRequest(0, 50)).items().stream().map(Task::title).toList();
    }

    private static void assertRefused(Executable call, String field) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertTrue(e.errors().stream().anyMatch(error -> error.field().equals(field)), e.getMessage());
    }
}
