package dev.relacja.sample.partner;

import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskDraft;
import dev.relacja.tasks.api.TaskEvents;
import dev.relacja.tasks.api.TaskService;
import java.security.PrivilegedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tags every new task that mentions a complaint ("reklamacja", "reklamacji", …) with {@value #TAG}, proving
 * that a partner can react to the tasks module's events and change a task through its API alone.
 */
// CREATED only: its own change posts UPDATED, so it never triggers itself
@Component(service = EventHandler.class,
        property = EventConstants.EVENT_TOPIC + "=dev/relacja/tasks/" + TaskEvents.CREATED)
public class ComplaintTagger implements EventHandler {
    static final String TAG = "reklamacja";
    /** The stem shared by all the cases of "reklamacja". */
    private static final String STEM = "reklamacj";
    private static final Logger LOG = LoggerFactory.getLogger(ComplaintTagger.class);

    private final TaskService tasks;

    @Activate
    public ComplaintTagger(@Reference TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void handleEvent(Event event) {
        Object id = event.getProperty(RelacjaEvents.ID);
        Object operator = event.getProperty(RelacjaEvents.OPERATOR);
        if (!(id instanceof Long taskId) || !(operator instanceof String login)) {
            LOG.warn("Ignoring {} without a task id and an operator: {}", event.getTopic(), event);
            return;
        }
        // the EventAdmin thread has no Subject: act on behalf of the operator who created the task
        try {
            Subject.doAs(subjectOf(login), (PrivilegedAction<Void>) () -> {
                tagIfComplaint(taskId);
                return null;
            });
        } catch (RuntimeException e) { // a partner listener must not break anything
            LOG.warn("Could not tag task {} (created by {}) as a complaint", taskId, login, e);
        }
    }

    /** Tags the task if it needs it; a concurrent edit gets one retry on the re-read task, then it gives up. */
    private void tagIfComplaint(long id) {
        for (int attempt = 1; ; attempt++) {
            Optional<Task> task = tasks.find(id).filter(ComplaintTagger::needsTag);
            if (task.isEmpty()) {
                return;
            }
            try {
                update(task.get());
                LOG.debug("Tagged task {} as a complaint", id);
                return;
            } catch (StaleVersionException e) {
                if (attempt == 2) {
                    LOG.warn("Gave up tagging task {} as a complaint: it kept changing ({})", id, e.getMessage());
                    return;
                }
            }
        }
    }

    private void update(Task task) {
        List<String> tags = new ArrayList<>(task.tags());
        tags.add(TAG);
        tasks.update(task.id(), task.version(),
                TaskDraft.of(task).withDetails(task.description(), task.priority(), task.thread(), tags));
    }

    static boolean needsTag(Task task) {
        return !task.tags().contains(TAG) && (mentionsComplaint(task.title()) || mentionsComplaint(task.description()));
    }

    private static boolean mentionsComplaint(String text) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(STEM);
    }

    /** Who the tasks module sees as the caller: CallerContext reads the UserPrincipal of the current Subject. */
    private static Subject subjectOf(String login) {
        return new Subject(true, Set.of(new UserPrincipal(login)), Set.of(), Set.of());
    }
}
