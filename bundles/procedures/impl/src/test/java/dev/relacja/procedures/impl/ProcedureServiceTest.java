package dev.relacja.procedures.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.Addresses;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.procedures.api.Procedure;
import dev.relacja.procedures.api.ProcedureStart;
import dev.relacja.procedures.api.ProcedureStep;
import dev.relacja.procedures.api.ProcedureTemplate;
import dev.relacja.procedures.api.ProcedureTemplateDraft;
import dev.relacja.procedures.api.StepAnchor;
import dev.relacja.procedures.impl.persistence.StepDefinition;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ProcedureServiceTest {
    /** Late on Monday 21 Dec in UTC, but already Tuesday 22 Dec in Warsaw, where the operators work. */
    private static final Instant NOW = Instant.parse("2026-12-21T23:30:00Z");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 22);

    private ProceduresFixture fx;
    private Operator boss;
    private Operator anna;
    private Operator piotr;
    private Operator viewer;
    private Operator outsider;
    private Counterparty acme;

    @BeforeEach
    void setUp() {
        fx = new ProceduresFixture(Clock.fixed(NOW, ZoneOffset.UTC));
        boss = fx.operator(1, "boss", Role.MANAGER, null);
        anna = fx.operator(2, "anna", Role.OPERATOR, 1L);
        piotr = fx.operator(3, "piotr", Role.OPERATOR, 1L);
        viewer = fx.operator(5, "wiktor", Role.VIEWER, 1L);
        outsider = fx.operator(6, "zenon", Role.OPERATOR, null);
        fx.as(anna);
        // piotr looks after ACME, so "counterparty-owner" steps go to him, not to anna who starts
        acme = fx.counterparties.create(new CounterpartyDraft("ACME", "Acme Sp. z o.o.", CounterpartyKind.COMPANY,
                "5260250274", null, Addresses.NONE, List.of(), List.of(), null, null, null, false, List.of(), 3L, null));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    /** Four steps: a welcome call, the contract, a training after it, a survey after the latest of both. */
    private static ProcedureTemplateDraft onboarding() {
        return new ProcedureTemplateDraft("onboarding", "Wdrożenie klienta", "Pierwsze tygodnie nowego klienta", List.of(
                new ProcedureStep("Telefon powitalny", "phone-call", 1, StepAnchor.START, null, null),
                new ProcedureStep("Umowa serwisowa", null, 2, StepAnchor.PREVIOUS_STEP, ProcedureStep.COUNTERPARTY_OWNER, null),
                new ProcedureStep("Szkolenie", "meeting", 3, StepAnchor.PREVIOUS_STEP, "boss", null),
                new ProcedureStep("Ankieta", "task", 2, null, null, List.of(3, 2))));
    }

    private ProcedureTemplate defineOnboarding() {
        fx.as(boss);
        ProcedureTemplate template = fx.procedures.defineTemplate(onboarding());
        fx.as(anna);
        return template;
    }

    @Test
    void aManagerDefinesATemplateWithDefaultsFilledIn() {
        ProcedureTemplate template = defineOnboarding();

        assertEquals("onboarding", template.code());
        assertTrue(template.active());
        assertEquals(4, template.steps().size());
        ProcedureStep survey = template.steps().get(3);
        assertEquals(new ProcedureStep("Ankieta", "task", 2, StepAnchor.START, null, List.of(2, 3)), survey);
        assertEquals("task", template.steps().get(1).type());
        assertEquals(ProcedureStep.COUNTERPARTY_OWNER, template.steps().get(1).owner());
        assertEquals("boss", template.steps().get(2).owner());
        assertEquals(template, fx.procedures.template("onboarding").orElseThrow());
        assertEquals(List.of(template), fx.as(viewer).procedures.templates());
    }

    @Test
    void aFourStepProcedureBecomesAMainTaskWithOneSubtaskPerStepDueOnBusinessDays() {
        defineOnboarding();

        Procedure procedure = fx.procedures.start(ProcedureStart.of("onboarding", acme.id()).on(TUESDAY));

        assertEquals("onboarding", procedure.templateCode());
        assertEquals("anna", procedure.startedBy());
        assertEquals(NOW, procedure.startedAt());
        assertEquals(TUESDAY, procedure.startDate());
        assertEquals(acme.id(), procedure.counterpartyId());
        assertEquals(0, procedure.percentDone());
        assertEquals("OPEN", procedure.status());
        assertEquals("Wdrożenie klienta – Acme Sp. z o.o.", procedure.title());

        Task main = fx.tasks.find(procedure.mainTaskId()).orElseThrow();
        assertEquals("procedure", main.type());
        assertEquals(procedure.title(), main.title());
        assertEquals("anna", main.owner());
        assertEquals(acme.id(), main.counterpartyId());
        assertNull(main.parentId());
        assertEquals(Instant.parse("2026-12-22T07:00:00Z"), main.start());
        assertEquals(Instant.parse("2027-01-07T15:00:00Z"), main.deadline());
        assertEquals(4, main.openSubtasks());

        // 24-27 Dec, 1-3 Jan and 6 Jan are holidays or weekends; deadlines at 16:00 Warsaw time (15:00 UTC)
        List<Task> steps = steps(main.id());
        assertEquals(List.of("Telefon powitalny", "Umowa serwisowa", "Szkolenie", "Ankieta"),
                steps.stream().map(Task::title).toList());
        assertEquals(List.of("phone-call", "task", "meeting", "task"), steps.stream().map(Task::type).toList());
        assertEquals(List.of("anna", "piotr", "boss", "anna"), steps.stream().map(Task::owner).toList());
        assertEquals(List.of(Instant.parse("2026-12-23T15:00:00Z"), Instant.parse("2026-12-29T15:00:00Z"),
                Instant.parse("2027-01-04T15:00:00Z"), Instant.parse("2027-01-07T15:00:00Z")),
                steps.stream().map(Task::deadline).toList());
        assertEquals(List.of(Instant.parse("2026-12-22T07:00:00Z"), Instant.parse("2026-12-23T07:00:00Z"),
                Instant.parse("2026-12-29T07:00:00Z"), Instant.parse("2027-01-04T07:00:00Z")),
                steps.stream().map(Task::start).toList());
        assertTrue(steps.stream().allMatch(s -> acme.id() == s.counterpartyId()));
        assertEquals("anna", steps.get(1).delegatedBy());

        assertEquals(procedure, fx.procedures.find(procedure.id()).orElseThrow());
        assertEquals(List.of(procedure), fx.procedures.list(acme.id()));
    }

    @Test
    void theProceduresProgressIsItsMainTasks() {
        defineOnboarding();
        Procedure procedure = fx.procedures.start(ProcedureStart.of("onboarding", acme.id()).on(TUESDAY));
        List<Task> steps = steps(procedure.mainTaskId());

        fx.tasks.complete(steps.get(0).id(), false);
        fx.as(piotr).tasks.complete(steps.get(1).id(), false);

        fx.as(anna);
        Procedure halfway = fx.procedures.find(procedure.id()).orElseThrow();
        assertEquals(50, halfway.percentDone());
        assertEquals("OPEN", halfway.status());
        assertEquals(50, fx.procedures.list(null).get(0).percentDone());

        fx.tasks.complete(procedure.mainTaskId(), true);
        Procedure done = fx.procedures.find(procedure.id()).orElseThrow();
        assertEquals(100, done.percentDone());
        assertEquals(TaskStatus.DONE.name(), done.status());
    }

    @Test
    void editingATemplateLeavesRunningProceduresAsTheyStarted() {
        ProcedureTemplate template = defineOnboarding();
        Procedure procedure = fx.procedures.start(ProcedureStart.of("onboarding", acme.id()).on(TUESDAY));
        List<Task> before = steps(procedure.mainTaskId());
        List<StepDefinition> snapshot = fx.procedureStore.find(procedure.id()).orElseThrow().steps();

        fx.as(boss);
        ProcedureTemplate edited = fx.procedures.updateTemplate(template.id(), template.version(),
                new ProcedureTemplateDraft("onboarding", "Wdrożenie klienta (nowe)", null, List.of(
                        new ProcedureStep("Tylko jeden krok", "task", 10, StepAnchor.START, "piotr", null))));
        assertEquals(template.version() + 1, edited.version());
        assertEquals(1, edited.steps().size());

        fx.as(anna);
        Procedure after = fx.procedures.find(procedure.id()).orElseThrow();
        assertEquals(procedure, after);
        assertEquals(template.version(), after.templateVersion());
        assertEquals(before, steps(procedure.mainTaskId()));
        assertEquals(4, snapshot.size());
        assertEquals(snapshot, fx.procedureStore.find(procedure.id()).orElseThrow().steps());
        assertEquals("Umowa serwisowa", snapshot.get(1).title());

        Procedure second = fx.procedures.start(ProcedureStart.of("onboarding", acme.id()).on(TUESDAY));
        assertEquals(edited.version(), second.templateVersion());
        assertEquals(List.of("Tylko jeden krok"), steps(second.mainTaskId()).stream().map(Task::title).toList());
    }

    @Test
    void theStartDateDefaultsToTodayInTheStartersZoneAndTitleAndOwnerCanBeGiven() {
        defineOnboarding();

        Procedure procedure = fx.procedures.start(ProcedureStart.of("onboarding", acme.id()).titled("Wdrożenie ACME")
                .ownedBy("piotr"));

        assertEquals(TUESDAY, procedure.startDate());
        Task main = fx.tasks.find(procedure.mainTaskId()).orElseThrow();
        assertEquals("Wdrożenie ACME", main.title());
        assertEquals("piotr", main.owner());
        assertEquals("anna", main.delegatedBy());
        assertEquals(Instant.parse("2027-01-07T15:00:00Z"), main.deadline());
    }

    @Test
    void aStartOnAWeekendBeginsOnTheNextBusinessDay() {
        fx.as(boss).procedures.defineTemplate(new ProcedureTemplateDraft("quick", "Szybka", null,
                List.of(ProcedureStep.of("Od razu", 0), ProcedureStep.of("Jutro", 1))));
        fx.as(anna);

        Procedure procedure = fx.procedures.start(ProcedureStart.of("quick", acme.id()).on(LocalDate.of(2026, 12, 26)));

        assertEquals(LocalDate.of(2026, 12, 26), procedure.startDate());
        assertEquals(Instant.parse("2026-12-28T07:00:00Z"), fx.tasks.find(procedure.mainTaskId()).orElseThrow().start());
        assertEquals(List.of(Instant.parse("2026-12-28T15:00:00Z"), Instant.parse("2026-12-29T15:00:00Z")),
                steps(procedure.mainTaskId()).stream().map(Task::deadline).toList());
    }

    @Test
    void badStartsAreRefusedWithTheFieldNamedAndStoreNothing() throws SQLException {
        ProcedureTemplate template = defineOnboarding();
        fx.as(boss).procedures.defineTemplate(new ProcedureTemplateDraft("for-piotr", "Dla Piotra", null,
                List.of(new ProcedureStep("Wizyta", "visit", 3, StepAnchor.START, "piotr", null))));
        fx.as(anna);
        int tasks = count("tasks_task");

        assertRefused(List.of("template"), () -> fx.procedures.start(ProcedureStart.of("no-such", acme.id())));
        assertRefused(List.of("counterpartyId"), () -> fx.procedures.start(ProcedureStart.of("onboarding", 9999)));
        assertRefused(List.of("template", "counterpartyId", "owner"),
                () -> fx.procedures.start(new ProcedureStart(" ", null, null, null, "nobody")));
        assertRefused(List.of("title"), () -> fx.procedures.start(ProcedureStart.of("onboarding", acme.id())
                .titled("x".repeat(201))));
        assertRefused(List.of("startDate"), () -> fx.procedures.start(ProcedureStart.of("onboarding", acme.id())
                .on(LocalDate.of(1900, 1, 1))));
        assertRefused(List.of("body"), () -> fx.procedures.start(null));

        fx.as(boss).procedures.setTemplateActive(template.id(), false);
        fx.as(anna);
        ValidationException inactive = assertRefused(List.of("template"),
                () -> fx.procedures.start(ProcedureStart.of("onboarding", acme.id())));
        assertTrue(inactive.getMessage().contains("deactivated"), inactive.getMessage());
        fx.as(boss).procedures.setTemplateActive(template.id(), true);
        fx.as(anna);

        fx.operators.deactivate(piotr.id());
        ValidationException ownerGone = assertRefused(List.of("steps[0].owner"),
                () -> fx.procedures.start(ProcedureStart.of("for-piotr", acme.id())));
        assertTrue(ownerGone.getMessage().contains("step 1 (Wizyta)"), ownerGone.getMessage());
        // piotr also owns ACME: the counterparty-owner step of onboarding cannot go to him either
        assertRefused(List.of("steps[1].owner"), () -> fx.procedures.start(ProcedureStart.of("onboarding", acme.id())));

        assertEquals(tasks, count("tasks_task"));
        assertEquals(0, count("procedures_procedure"));
        assertEquals(List.of(), fx.procedures.list(null));
    }

    @Test
    void aCounterpartyWithoutOwnerCannotStartAStepForItsOwner() throws SQLException {
        defineOnboarding();
        // the contacts module always gives a counterparty an owner; older or imported rows may lack one
        execute("UPDATE contacts_counterparty SET owner_id = NULL WHERE id = " + acme.id());
        fx.contactsJpa.tx(em -> em.getEntityManagerFactory().getCache().evictAll());

        ValidationException refused = assertRefused(List.of("steps[1].owner"),
                () -> fx.procedures.start(ProcedureStart.of("onboarding", acme.id())));

        assertTrue(refused.getMessage().contains("step 2 (Umowa serwisowa)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("ACME has none"), refused.getMessage());
        assertEquals(0, count("tasks_task"));
        assertEquals(0, count("procedures_procedure"));
    }

    @Test
    void aTemplateIsCheckedAsAWholeAndAnyBrokenRuleStoresNothing() throws SQLException {
        fx.as(boss);
        ValidationException refused = assertRefused(List.of("code", "name", "steps[0].title", "steps[0].days",
                "steps[0].dependsOn", "steps[1].type", "steps[1].owner", "steps[1].dependsOn", "steps[2]"),
                () -> fx.procedures.defineTemplate(new ProcedureTemplateDraft("Bad Code", " ", null, Arrays.asList(
                        new ProcedureStep(" ", null, -1, null, null, List.of(1)),
                        new ProcedureStep("Drugi", "no-such-type", 2, null, "nobody", List.of(3)),
                        null))));
        assertTrue(refused.getMessage().contains("step 2 can depend only on earlier steps (1 to 1), not on step 3"),
                refused.getMessage());

        assertRefused(List.of("steps"), () -> fx.procedures.defineTemplate(
                new ProcedureTemplateDraft("empty", "Pusta", null, List.of())));
        assertRefused(List.of("steps[0].days"), () -> fx.procedures.defineTemplate(
                new ProcedureTemplateDraft("long", "Długa", null, List.of(ProcedureStep.of("Rok", 366)))));
        assertRefused(List.of("steps"), () -> fx.procedures.defineTemplate(new ProcedureTemplateDraft("many", "Dużo",
                null, Collections.nCopies(51, ProcedureStep.of("Krok", 1)))));
        assertRefused(List.of("body"), () -> fx.procedures.defineTemplate(null));
        assertEquals(0, count("procedures_template"));

        ProcedureTemplate first = fx.procedures.defineTemplate(onboarding());
        ConflictException taken = assertThrows(ConflictException.class, () -> fx.procedures.defineTemplate(onboarding()));
        assertEquals("code", taken.field());
        assertEquals(1, count("procedures_template"));

        ProcedureTemplate other = fx.procedures.defineTemplate(new ProcedureTemplateDraft("other", "Inna", null,
                List.of(ProcedureStep.of("Krok", 1))));
        assertThrows(ConflictException.class, () -> fx.procedures.updateTemplate(other.id(), other.version(),
                onboarding()));
        assertThrows(StaleVersionException.class, () -> fx.procedures.updateTemplate(first.id(), first.version() + 1,
                onboarding()));
        assertRefused(List.of("steps[0].days"), () -> fx.procedures.updateTemplate(first.id(), first.version(),
                new ProcedureTemplateDraft("onboarding", "Wdrożenie", null, List.of(ProcedureStep.of("Krok", -1)))));
        assertEquals(first, fx.procedures.template("onboarding").orElseThrow());
        assertEquals(other, fx.procedures.template("other").orElseThrow());
    }

    @Test
    void managersDefineOperatorsStartViewersOnlyRead() throws SQLException {
        fx.as(anna);
        assertThrows(AccessDeniedException.class, () -> fx.procedures.defineTemplate(onboarding()));
        assertEquals(0, count("procedures_template"));

        ProcedureTemplate template = defineOnboarding();
        fx.as(anna);
        assertThrows(AccessDeniedException.class, () -> fx.procedures.setTemplateActive(template.id(), false));
        assertThrows(AccessDeniedException.class,
                () -> fx.procedures.updateTemplate(template.id(), template.version(), onboarding()));

        fx.as(viewer);
        assertThrows(AccessDeniedException.class,
                () -> fx.procedures.start(ProcedureStart.of("onboarding", acme.id()).on(TUESDAY)));
        assertEquals(0, count("tasks_task"));
        assertEquals(0, count("procedures_procedure"));
        assertEquals(1, fx.procedures.templates().size());

        fx.as(boss);
        Procedure bosses = fx.procedures.start(ProcedureStart.of("onboarding", acme.id()).on(TUESDAY));
        assertEquals("boss", bosses.startedBy());
    }

    @Test
    void callersSeeTheProceduresWhoseMainTaskTheySee() {
        defineOnboarding();
        Procedure annas = fx.procedures.start(ProcedureStart.of("onboarding", acme.id()).on(TUESDAY));

        assertTrue(fx.as(boss).procedures.find(annas.id()).isPresent(), "anna's supervisor");
        assertEquals(1, fx.procedures.list(acme.id()).size());
        assertTrue(fx.as(outsider).procedures.find(annas.id()).isEmpty());
        assertEquals(List.of(), fx.procedures.list(null));
        assertEquals(List.of(), fx.as(anna).procedures.list(acme.id() + 1));
        assertTrue(fx.procedures.find(annas.id() + 100).isEmpty());
    }

    private List<Task> steps(long mainTaskId) {
        return fx.tasks.subtasks(mainTaskId).stream().sorted(Comparator.comparing(Task::id)).toList();
    }

    private static ValidationException assertRefused(List<String> fields, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(fields.stream().sorted().toList(), e.errors().stream().map(FieldError::field).distinct().sorted().toList(),
                e.getMessage());
        return e;
    }

    private int count(String table) throws SQLException {
        try (Connection c = fx.db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = fx.db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
