package dev.relacja.tasks.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.tasks.api.LogEntry;
import dev.relacja.tasks.api.Priority;
import dev.relacja.tasks.api.Reassignment;
import dev.relacja.tasks.api.Task;
import dev.relacja.tasks.api.TaskDraft;
import dev.relacja.tasks.api.TaskQuery;
import dev.relacja.tasks.api.TaskService;
import dev.relacja.tasks.api.TaskStatus;
import dev.relacja.tasks.api.ThreadSummary;
import dev.relacja.tasks.api.WorkReport;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /tasks}: activities and tasks with their sub-tasks and logs; search with filters, create,
 * update (If-Match), report work, complete, reopen and reassign (one or in bulk); subject threads.
 */
@Component(service = TaskResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {
    private final TaskService tasks;

    @Activate
    public TaskResource(@Reference TaskService tasks) {
        this.tasks = tasks;
    }

    /** The body of a single reassignment. */
    public record NewOwner(String owner) {
    }

    @GET
    public Page<Task> search(@QueryParam("owner") String owner, @QueryParam("team") @DefaultValue("false") boolean team,
            @QueryParam("counterparty") Long counterpartyId, @QueryParam("type") String type,
            @QueryParam("stage") String stage, @QueryParam("priority") String priority,
            @QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("overdue") Boolean overdue, @QueryParam("thread") String thread, @QueryParam("tag") String tag,
            @QueryParam("q") String text, @QueryParam("parent") Long parentId,
            @QueryParam("topLevel") @DefaultValue("false") boolean topLevel, @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        TaskQuery query = TaskQuery.builder().owner(owner).team(team).counterparty(counterpartyId).type(type)
                .stage(stage).priority(constant("priority", priority, Priority.class))
                .status(constant("status", status, TaskStatus.class)).deadlineFrom(instant("from", from))
                .deadlineTo(instant("to", to)).overdue(overdue).thread(thread).tag(tag).text(text).parent(parentId)
                .topLevel(topLevel).sort(sort).build();
        return tasks.search(query, new PageRequest(page, size));
    }

    @POST
    public Response create(TaskDraft draft) {
        Task created = tasks.create(requireBody(draft));
        return Response.created(URI.create("tasks/" + created.id())).entity(created).tag(tag(created)).build();
    }

    @GET
    @Path("threads")
    public List<ThreadSummary> threads(@QueryParam("counterparty") Long counterpartyId) {
        return tasks.threads(counterpartyId);
    }

    /** Bulk reassignment, e.g. while an operator is absent; answers the ids that moved. */
    @POST
    @Path("reassign")
    public List<Long> reassignAll(Reassignment reassignment) {
        return tasks.reassign(reassignment);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Task task = tasks.find(id).orElseThrow(() -> new NotFoundException("Task", id));
        return Response.ok(task).tag(tag(task)).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, TaskDraft draft) {
        long version = EntityTags.expectedVersion(ifMatch);
        Task updated = tasks.update(id, version, requireBody(draft));
        return Response.ok(updated).tag(tag(updated)).build();
    }

    @GET
    @Path("{id}/subtasks")
    public List<Task> subtasks(@PathParam("id") long id) {
        return tasks.subtasks(id);
    }

    /** A sub-task of {@code id}: the body's parentId, if any, must be {@code id}. */
    @POST
    @Path("{id}/subtasks")
    public Response addSubtask(@PathParam("id") long id, TaskDraft draft) {
        TaskDraft body = requireBody(draft);
        if (body.parentId() != null && body.parentId() != id) {
            throw new ValidationException("parentId", "a sub-task posted to task " + id + " has that task as parent");
        }
        Task created = tasks.create(body.withParent(id));
        return Response.created(URI.create("tasks/" + created.id())).entity(created).tag(tag(created)).build();
    }

    @GET
    @Path("{id}/log")
    public List<LogEntry> log(@PathParam("id") long id) {
        return tasks.log(id);
    }

    /** Reports work: any of stage, percentDone, minutesSpent and comment; answers the task as it now is. */
    @POST
    @Path("{id}/log")
    public Response report(@PathParam("id") long id, WorkReport report) {
        Task task = tasks.report(id, report);
        return Response.ok(task).tag(tag(task)).build();
    }

    @POST
    @Path("{id}/done")
    public Response complete(@PathParam("id") long id,
            @QueryParam("closeOpenSubtasks") @DefaultValue("false") boolean closeOpenSubtasks) {
        Task task = tasks.complete(id, closeOpenSubtasks);
        return Response.ok(task).tag(tag(task)).build();
    }

    @POST
    @Path("{id}/reopen")
    public Response reopen(@PathParam("id") long id) {
        Task task = tasks.reopen(id);
        return Response.ok(task).tag(tag(task)).build();
    }

    @POST
    @Path("{id}/reassign")
    public Response reassign(@PathParam("id") long id, NewOwner body) {
        if (body == null) {
            throw new ValidationException("owner", "send {\"owner\": \"<login>\"}");
        }
        Task task = tasks.reassign(id, body.owner());
        return Response.ok(task).tag(tag(task)).build();
    }

    private static String tag(Task task) {
        return Long.toString(task.version());
    }

    private static TaskDraft requireBody(TaskDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "send the task as JSON");
        }
        return draft;
    }

    private static <E extends Enum<E>> E constant(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "'" + value + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "'" + value + "' is not an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
    }
}
