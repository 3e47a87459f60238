package dev.relacja.offers.impl;

import dev.relacja.tasks.api.TaskDraft;
import dev.relacja.tasks.api.TaskService;
import java.lang.reflect.Proxy;
import java.security.AccessController;
import java.security.Principal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.security.auth.Subject;

/** The tasks module as the offers see it: it records each task created and on whose behalf (the JAAS Subject). */
public final class RecordingTasks {
    /** A task as created, and the user names of the Subject it was created as. */
    public record Created(TaskDraft draft, String actingAs) {
    }

    public final List<Created> created = new CopyOnWriteArrayList<>();

    public final TaskService tasks = (TaskService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {TaskService.class}, (proxy, method, args) -> {
                if (!method.getName().equals("create")) {
                    throw new UnsupportedOperationException("not in offer tests: " + method.getName());
                }
                created.add(new Created((TaskDraft) args[0], actingAs()));
                return null;
            });

    @SuppressWarnings("removal") // the Subject of Subject.doAs, as Karaf's CallerContext reads it on Java 17
    private static String actingAs() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        return subject == null ? "" : subject.getPrincipals().stream().map(Principal::getName)
                .collect(Collectors.joining(","));
    }
}
