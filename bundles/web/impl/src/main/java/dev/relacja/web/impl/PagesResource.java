package dev.relacja.web.impl;

import dev.relacja.core.api.rest.RelacjaRest;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /web/pages}: the pages of the installed modules that the caller's role may open, in menu order. */
@Component(service = PagesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("web/pages")
@Produces(MediaType.APPLICATION_JSON)
public class PagesResource {
    private final PageRegistry pages;
    private final CallerContext callers;

    @Activate
    public PagesResource(@Reference PageRegistry pages, @Reference CallerContext callers) {
        this.pages = pages;
        this.callers = callers;
    }

    @GET
    public List<PageDescriptor> pages() {
        return pages.visibleTo(callers.require(Role.VIEWER).role());
    }
}
