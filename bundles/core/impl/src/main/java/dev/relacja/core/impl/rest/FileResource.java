package dev.relacja.core.impl.rest;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.files.StoredFile;
import dev.relacja.core.api.rest.RelacjaRest;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
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
 * {@code /files}: attach a file to a record ({@code POST ?type=…&id=…&name=…} with the file as the body and
 * its media type as Content-Type), list a record's files, download and remove one.
 */
@Component(service = FileResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("files")
@Produces(MediaType.APPLICATION_JSON)
public class FileResource {
    private final FileService files;

    @Activate
    public FileResource(@Reference FileService files) {
        this.files = files;
    }

    @GET
    public List<StoredFile> filesOf(@QueryParam("type") String type, @QueryParam("id") Long id) {
        return files.filesOf(Records.ref(type, id));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response attach(@QueryParam("type") String type, @QueryParam("id") Long id,
            @QueryParam("name") String name, @HeaderParam("Content-Type") String contentType, InputStream body) {
        StoredFile file = files.attach(Records.ref(type, id), name, contentType, body);
        return Response.created(URI.create("files/" + file.id())).entity(file).build();
    }

    @GET
    @Path("{id}")
    public StoredFile get(@PathParam("id") long id) {
        return files.find(id).orElseThrow(() -> new NotFoundException("File", id));
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id) {
        StoredFile file = get(id);
        return Response.ok(files.open(id), file.contentType())
                .header("Content-Length", file.size())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.filename(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response detach(@PathParam("id") long id) {
        files.detach(id);
        return Response.noContent().build();
    }
}
