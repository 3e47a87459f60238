package dev.relacja.tasks.impl;

import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.contacts.impl.CounterpartyServiceImpl;
import dev.relacja.contacts.impl.persistence.CounterpartyStore;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.tasks.impl.persistence.TaskStore;
import dev.relacja.tasks.impl.persistence.TaskTypeStore;
import dev.relacja.testing.TestDatabase;
import dev.relacja.testing.TestOperators;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tasks module over an in-memory Derby database with the real contacts module beside it, operators
 * in memory, and a caller the test switches with {@link #as}.
 */
public final class TasksFixture implements AutoCloseable {
    public final TestDatabase db = new TestDatabase().migrate("contacts").migrate("tasks");
    public final TestOperators operators = new TestOperators();
    public final List<String> events = new ArrayList<>();
    public final CounterpartyService counterparties;
    public final TaskTypeStore typeStore;
    public final TaskStore store;
    public final TaskServiceImpl tasks;
    public final TaskTypeServiceImpl types;
    private volatile Caller caller;
    public final CallerContext callers = () -> Optional.ofNullable(caller);

    public TasksFixture(Clock clock) {
        DomainEvents recorder = (module, event, properties) -> events.add(module + "/" + event + " " + properties.get("id"));
        counterparties = new CounterpartyServiceImpl(CounterpartyStore.over(db.jpa("relacja-contacts"), clock), callers,
                operators, recorder);
        typeStore = TaskTypeStore.over(db.jpa("relacja-tasks"));
        store = TaskStore.over(db.jpa("relacja-tasks"), typeStore, clock);
        tasks = new TaskServiceImpl(store, typeStore, callers, operators, counterparties, recorder, clock);
        types = new TaskTypeServiceImpl(typeStore, callers);
    }

    /** Runs the following calls as {@code operator}, with their subordinates as the core would find them. */
    public TasksFixture as(Operator operator) {
        caller = new Caller(operator.id(), operator.username(), operator.role(), operators.subordinatesOf(operator.id()));
        return this;
    }

    public TasksFixture anonymous() {
        caller = null;
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
