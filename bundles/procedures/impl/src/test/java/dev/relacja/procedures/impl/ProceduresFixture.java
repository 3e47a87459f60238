package dev.relacja.procedures.impl;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.contacts.impl.CounterpartyServiceImpl;
import dev.relacja.contacts.impl.persistence.CounterpartyStore;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.procedures.impl.persistence.ProcedureStore;
import dev.relacja.procedures.impl.persistence.TemplateStore;
import dev.relacja.tasks.impl.TaskServiceImpl;
import dev.relacja.tasks.impl.TaskTypeServiceImpl;
import dev.relacja.tasks.impl.persistence.TaskStore;
import dev.relacja.tasks.impl.persistence.TaskTypeStore;
import dev.relacja.testing.LocalJpaTemplate;
import dev.relacja.testing.TestDatabase;
import dev.relacja.testing.TestOperators;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The procedures module over an in-memory Derby database with the real contacts and tasks modules beside
 * it, operators in memory, and a caller the test switches with {@link #as}.
 */
public final class ProceduresFixture implements AutoCloseable {
    public final TestDatabase db = new TestDatabase().migrate("contacts").migrate("tasks").migrate("procedures");
    public final TestOperators operators = new TestOperators();
    public final List<String> events = new ArrayList<>();
    /** The contacts unit, for tests that change its rows behind its back and must then drop its cache. */
    public final LocalJpaTemplate contactsJpa;
    public final CounterpartyService counterparties;
    public final TaskStore taskStore;
    public final TaskServiceImpl tasks;
    public final TaskTypeServiceImpl types;
    public final TemplateStore templateStore;
    public final ProcedureStore procedureStore;
    public final ProcedureServiceImpl procedures;
    private volatile Caller caller;

    public ProceduresFixture(Clock clock) {
        CallerContext callers = () -> Optional.ofNullable(caller);
        DomainEvents recorder = (module, event, properties) -> events.add(module + "/" + event + " " + properties.get("id"));
        contactsJpa = db.jpa("relacja-contacts");
        counterparties = new CounterpartyServiceImpl(CounterpartyStore.over(contactsJpa, clock), callers,
                operators, recorder);
        TaskTypeStore typeStore = TaskTypeStore.over(db.jpa("relacja-tasks"));
        taskStore = TaskStore.over(db.jpa("relacja-tasks"), typeStore, clock);
        tasks = new TaskServiceImpl(taskStore, typeStore, callers, operators, counterparties, recorder, clock);
        types = new TaskTypeServiceImpl(typeStore, callers);
        templateStore = TemplateStore.over(db.jpa("relacja-procedures"), clock);
        procedureStore = ProcedureStore.over(db.jpa("relacja-procedures"), clock);
        procedures = new ProcedureServiceImpl(templateStore, procedureStore, callers, operators, counterparties, tasks,
                types, clock);
    }

    /** Runs the following calls as {@code operator}, with their subordinates as the core would find them. */
    public ProceduresFixture as(Operator operator) {
        caller = new Caller(operator.id(), operator.username(), operator.role(), operators.subordinatesOf(operator.id()));
        return this;
    }

    public Operator operator(long id, String username, Role role, Long supervisorId) {
        return operators.add(id, username, role, supervisorId);
    }

    @Override
    public void close() {
        db.close();
    }
}
