package dev.relacja.core.impl.rest;

import dev.relacja.core.api.company.CompanyProfile;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.rest.EntityTags;
import dev.relacja.core.api.rest.RelacjaRest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /company}: the seller's profile; admins change it with If-Match. */
@Component(service = CompanyResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("company")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyResource {
    private final CompanyProfileService company;

    @Activate
    public CompanyResource(@Reference CompanyProfileService company) {
        this.company = company;
    }

    @GET
    public Response get() {
        CompanyProfile profile = company.get();
        return Response.ok(profile).tag(Long.toString(profile.version())).build();
    }

    @PUT
    public Response update(@HeaderParam("If-Match") String ifMatch, CompanyProfile profile) {
        CompanyProfile saved = company.update(EntityTags.expectedVersion(ifMatch), profile);
        return Response.ok(saved).tag(Long.toString(saved.version())).build();
    }
}
