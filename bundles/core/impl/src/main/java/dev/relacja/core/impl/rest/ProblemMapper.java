package dev.relacja.core.impl.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotAuthenticatedException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.PreconditionRequiredException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into {@code application/problem+json}: the service errors by their meaning,
 * malformed JSON as 400 naming the field, and anything unexpected as 500 with an incident id in the log.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("relacja.problems")
@JaxrsApplicationSelect("(osgi.jaxrs.name=relacja)")
public class ProblemMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Exception failure) {
        Problem problem = problemFor(failure);
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, AuthenticationFilter.BASIC_CHALLENGE);
        }
        return response.build();
    }

    private static Problem problemFor(Exception failure) {
        if (failure instanceof ValidationException e) {
            return new Problem("about:blank", "Invalid input", 400, e.getMessage(), e.errors());
        }
        if (failure instanceof JsonProcessingException e) {
            return jsonProblem(e);
        }
        if (failure instanceof NotFoundException) {
            return Problem.of(404, "Not found", failure.getMessage());
        }
        if (failure instanceof StaleVersionException) {
            return Problem.of(412, "Changed by someone else", failure.getMessage());
        }
        if (failure instanceof PreconditionRequiredException) {
            return Problem.of(428, "Version required", failure.getMessage());
        }
        if (failure instanceof ConflictException e) {
            return new Problem("about:blank", "Conflict", 409, e.getMessage(),
                    List.of(new FieldError(e.field(), e.getMessage())));
        }
        if (failure instanceof AccessDeniedException) {
            return Problem.of(403, "Forbidden", failure.getMessage());
        }
        if (failure instanceof NotAuthenticatedException) {
            return Problem.of(401, "Not signed in", failure.getMessage());
        }
        if (failure instanceof WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Unexpected failure, incident {}", incident, failure);
        return Problem.of(500, "Internal error", "the server failed; the log has the details under incident " + incident);
    }

    private static Problem jsonProblem(JsonProcessingException e) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : "body";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = u.getPropertyName();
            message = "unknown field";
        } else if (e instanceof InvalidFormatException f) {
            message = "cannot read " + f.getValue() + " as " + f.getTargetType().getSimpleName();
        } else {
            message = e.getOriginalMessage();
        }
        return new Problem("about:blank", "Malformed JSON", 400, field + ": " + message,
                List.of(new FieldError(field, message)));
    }
}
