package dev.relacja.procedures.impl;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import dev.relacja.procedures.api.Procedure;
import dev.relacja.procedures.api.ProcedureService;
import dev.relacja.procedures.api.ProcedureStart;
import dev.relacja.procedures.api.ProcedureStep;
import dev.relacja.procedures.api.ProcedureTemplate;
import dev.relacja.procedures.api.ProcedureTemplateDraft;
import dev.relacja.procedures.impl.persistence.ProcedureFields;
import dev.relacja.procedures.impl.persistence.ProcedureStore;
import dev.relacja.procedures.impl.persistence.StepDefinition;
import dev.relacja.procedures.impl.persistence.StoredProcedure;
import dev.relacja.procedures.impl.persistence.StoredTemplate;
import dev.relacja.procedures.impl.persistence.TemplateStore;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskDraft;
import dev.relacja.tasks.api.TaskService;
import dev.relacja.tasks.api.TaskTypeService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The procedure service: managers define templates, operators start procedures as a task tree through the
 * tasks module, and everyone sees the procedures whose main task they may see, with its progress.
 */
@Component
public class ProcedureServiceImpl implements ProcedureService {
    /** The task type of a procedure's main task; the tasks module's first migration defines it. */
    static final String MAIN_TASK_TYPE = "procedure";
    private static final Logger LOG = LoggerFactory.getLogger(ProcedureServiceImpl.class);

    private final TemplateStore templates;
    private final ProcedureStore procedures;
    private final CallerContext callers;
    private final OperatorService operators;
    private final CounterpartyService counterparties;
    private final TaskService tasks;
    private final TaskTypeService types;
    private final Clock clock;

    @Activate
    public ProcedureServiceImpl(@Reference TemplateStore templates, @Reference ProcedureStore procedures,
            @Reference CallerContext callers, @Reference OperatorService operators,
            @Reference CounterpartyService counterparties, @Reference TaskService tasks,
            @Reference TaskTypeService types) {
        this(templates, procedures, callers, operators, counterparties, tasks, types, Clock.systemUTC());
    }

    /** A service outside OSGi, e.g. in tests, with its own clock. */
    public ProcedureServiceImpl(TemplateStore templates, ProcedureStore procedures, CallerContext callers,
            OperatorService operators, CounterpartyService counterparties, TaskService tasks, TaskTypeService types,
            Clock clock) {
        this.templates = templates;
        this.procedures = procedures;
        this.callers = callers;
        this.operators = operators;
        this.counterparties = counterparties;
        this.tasks = tasks;
        this.types = types;
        this.clock = clock;
    }

    @Override
    public List<ProcedureTemplate> templates() {
        callers.require(Role.VIEWER);
        OperatorLogins logins = new OperatorLogins(operators);
        return templates.list().stream().map(t -> view(t, logins)).toList();
    }

    @Override
    public Optional<ProcedureTemplate> template(String code) {
        callers.require(Role.VIEWER);
        return templates.findByCode(code == null ? null : code.strip()).map(t -> view(t, new OperatorLogins(operators)));
    }

    @Override
    public ProcedureTemplate defineTemplate(ProcedureTemplateDraft draft) {
        callers.require(Role.MANAGER);
        StoredTemplate created = templates.create(new TemplateValidator(types, operators).validate(draft));
        return view(created, new OperatorLogins(operators));
    }

    @Override
    public ProcedureTemplate updateTemplate(long id, long expectedVersion, ProcedureTemplateDraft draft) {
        callers.require(Role.MANAGER);
        StoredTemplate updated = templates.update(id, expectedVersion, new TemplateValidator(types, operators).validate(draft));
        return view(updated, new OperatorLogins(operators));
    }

    @Override
    public ProcedureTemplate setTemplateActive(long id, boolean active) {
        callers.require(Role.MANAGER);
        return view(templates.setActive(id, active), new OperatorLogins(operators));
    }

    @Override
    public Procedure start(ProcedureStart request) {
        Caller caller = callers.require(Role.OPERATOR);
        StartPlan plan = new StartResolver(templates, counterparties, operators, types, clock).resolve(request, caller);
        ProcedureFields fields = new ProcedureFields(plan.template(), plan.title(), plan.counterparty().id(),
                caller.operatorId(), plan.startDate());
        StoredProcedure started = procedures.start(fields, () -> createTasks(plan));
        LOG.info("{} started procedure #{} ({}) for counterparty {} as task #{}", caller.username(), started.id(),
                started.templateCode(), plan.counterparty().code(), started.mainTaskId());
        Task main = tasks.find(started.mainTaskId()).orElseThrow();
        return view(started, main, new OperatorLogins(operators));
    }

    /** The main task, then one sub-task per step in order; answers the main task's id. */
    private long createTasks(StartPlan plan) {
        long counterpartyId = plan.counterparty().id();
        Task main = tasks.create(TaskDraft.titled(plan.title()).withType(MAIN_TASK_TYPE)
                .withCounterparty(counterpartyId, null).withOwner(plan.mainOwner().username())
                .withSchedule(plan.schedule().start(), plan.schedule().deadline())
                .withDetails(plan.template().description(), null, null, null));
        List<StepDefinition> steps = plan.template().steps();
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition step = steps.get(i);
            StepSchedule.StepDates dates = plan.schedule().steps().get(i);
            tasks.create(TaskDraft.titled(step.title()).withParent(main.id()).withType(step.typeCode())
                    .withOwner(plan.stepOwners().get(i).username()).withSchedule(dates.start(), dates.deadline())
                    .withCounterparty(counterpartyId, null));
        }
        return main.id();
    }

    @Override
    public Optional<Procedure> find(long id) {
        callers.require(Role.VIEWER);
        return procedures.find(id).flatMap(p -> tasks.find(p.mainTaskId())
                .map(main -> view(p, main, new OperatorLogins(operators))));
    }

    @Override
    public List<Procedure> list(Long counterpartyId) {
        callers.require(Role.VIEWER);
        OperatorLogins logins = new OperatorLogins(operators);
        // the main task decides who sees a procedure; each is looked up through the task service's rules
        return procedures.list(counterpartyId).stream()
                .flatMap(p -> tasks.find(p.mainTaskId()).map(main -> view(p, main, logins)).stream())
                .toList();
    }

    private static Procedure view(StoredProcedure p, Task main, OperatorLogins logins) {
        return new Procedure(p.id(), p.templateId(), p.templateCode(), p.templateVersion(), p.title(),
                p.counterpartyId(), p.mainTaskId(), logins.login(p.startedById()), p.startedAt(), p.startDate(),
                main.percentDone(), main.status().name());
    }

    private static ProcedureTemplate view(StoredTemplate t, OperatorLogins logins) {
        return new ProcedureTemplate(t.id(), t.code(), t.name(), t.description(),
                t.steps().stream().map(step -> step(step, logins)).toList(), t.active(), t.version());
    }

    private static ProcedureStep step(StepDefinition s, OperatorLogins logins) {
        String owner = switch (s.ownerKind()) {
            case OPERATOR -> logins.login(s.ownerId());
            case COUNTERPARTY_OWNER -> ProcedureStep.COUNTERPARTY_OWNER;
            case STARTER -> null;
        };
        return new ProcedureStep(s.title(), s.typeCode(), s.days(), s.after(), owner, s.dependsOn());
    }
}
