package dev.relacja.tasks.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.tasks.api.TaskType;
import dev.relacja.tasks.api.TaskTypeService;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /task-types}: the types of activities and tasks with their stages; managers define them with PUT. */
@Component(service = TaskTypeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("task-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskTypeResource {
    private final TaskTypeService types;

    @Activate
    public TaskTypeResource(@Reference TaskTypeService types) {
        this.types = types;
    }

    @GET
    public List<TaskType> list() {
        return types.list();
    }

    @GET
    @Path("{code}")
    public TaskType get(@PathParam("code") String code) {
        return types.find(code).orElseThrow(() -> new NotFoundException("Task type", code));
    }

    /** Creates the type or replaces its name and stages; the path names the code. */
    @PUT
    @Path("{code}")
    public TaskType define(@PathParam("code") String code, TaskType type) {
        if (type == null) {
            throw new ValidationException("body", "send the type with its stages");
        }
        if (type.code() != null && !type.code().equals(code)) {
            throw new ValidationException("code", "the body's code " + type.code() + " differs from the path's " + code);
        }
        return types.define(new TaskType(code, type.name(), type.activity(), type.stages()));
    }
}
