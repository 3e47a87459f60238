package dev.relacja.core.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.numbering.NumberingSeries;
import dev.relacja.core.api.numbering.NumberingService;
import dev.relacja.core.api.numbering.ResetPeriod;
import dev.relacja.core.api.rest.RelacjaRest;
import java.util.List;
import java.util.Locale;
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

/**
 * {@code /numbering-series}: the document number series; admins define a new one (e.g. a second sales invoice
 * series for a cyclic scheme) or change a pattern, numbers already given stay.
 */
@Component(service = NumberingSeriesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("numbering-series")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NumberingSeriesResource {
    private final NumberingService numbers;

    /** A series as sent and answered: {@code reset} is MONTHLY, YEARLY or NEVER. */
    public record SeriesBody(String code, String pattern, String reset) {
        static SeriesBody of(NumberingSeries series) {
            return new SeriesBody(series.code(), series.pattern().pattern(), series.reset().name());
        }
    }

    @Activate
    public NumberingSeriesResource(@Reference NumberingService numbers) {
        this.numbers = numbers;
    }

    @GET
    public List<SeriesBody> list() {
        return numbers.list().stream().map(SeriesBody::of).toList();
    }

    @GET
    @Path("{code}")
    public SeriesBody get(@PathParam("code") String code) {
        return SeriesBody.of(numbers.find(code).orElseThrow(() -> new NotFoundException("Numbering series", code)));
    }

    @PUT
    @Path("{code}")
    public SeriesBody define(@PathParam("code") String code, SeriesBody body) {
        if (body == null) {
            throw new ValidationException("body", "send the series' pattern and reset period");
        }
        return SeriesBody.of(numbers.define(code, body.pattern(), reset(body.reset())));
    }

    private static ResetPeriod reset(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("reset", "the reset period is required: MONTHLY, YEARLY or NEVER");
        }
        try {
            return ResetPeriod.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("reset", "the reset period is MONTHLY, YEARLY or NEVER, not '" + value.strip() + "'");
        }
    }
}
