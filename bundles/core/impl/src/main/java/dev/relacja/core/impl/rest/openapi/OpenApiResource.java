package dev.relacja.core.impl.rest.openapi;

import dev.relacja.core.api.rest.RelacjaRest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.MediaType;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.AnyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /openapi.json}: the OpenAPI 3 document of exactly the resources that have joined Relacja's REST
 * application now, so it follows the modules as their features are installed and uninstalled. It is built
 * from the resources' classes ({@link OpenApiDocument}) on the first request after a resource came, changed
 * or went, and served from memory until the next change. Resources are tracked whatever their service type
 * (DS 1.5's {@code AnyService}), and count when their application select matches Relacja's application.
 *
 * <p>Like every path under {@code /relacja/api/v1} it needs HTTP Basic credentials, since the sign-in filter
 * covers the whole application; any operator may read it.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RelacjaRest.APPLICATION_SELECT)
@JaxrsExtensionSelect({RelacjaRest.JSON_SELECT, RelacjaRest.PROBLEMS_SELECT})
@Path("openapi.json")
public class OpenApiResource {
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiResource.class);
    /** Every whiteboard resource but this one, which would otherwise wait for itself; it is added by hand. */
    private static final String RESOURCES = "(&(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)"
            + "(!(component.name=dev.relacja.core.impl.rest.openapi.OpenApiResource)))";

    private final Map<String, Object> application;
    private final String basePath;
    private final String version;
    private final Map<Long, Registration> resources = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private volatile Rendered rendered;

    /** A resource service: its implementation class and the properties that say which application it joins. */
    private record Registration(Class<?> type, Map<String, Object> properties) {
    }

    /** The document as rendered after a given number of changes. */
    private record Rendered(long changes, String json) {
    }

    @Activate
    public OpenApiResource(BundleContext context,
            @Reference(service = Application.class, target = "(" + JaxrsWhiteboardConstants.JAX_RS_NAME + "=relacja)")
            Map<String, Object> application) {
        this.application = Map.copyOf(application);
        this.basePath = "/" + String.valueOf(application.get(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE))
                .replaceAll("^/+|/+$", "");
        this.version = context.getBundle().getVersion().toString();
    }

    @Reference(service = AnyService.class, target = RESOURCES, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeResource", updated = "updatedResource")
    void addResource(Object resource, Map<String, Object> properties) {
        resources.put((Long) properties.get(Constants.SERVICE_ID), new Registration(resource.getClass(), properties));
        changes.incrementAndGet();
    }

    void updatedResource(Object resource, Map<String, Object> properties) {
        addResource(resource, properties);
    }

    void removeResource(Object resource, Map<String, Object> properties) {
        resources.remove((Long) properties.get(Constants.SERVICE_ID));
        changes.incrementAndGet();
    }

    /** The OpenAPI document of the API as it is served now. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        Rendered current = rendered;
        if (current != null && current.changes() == changes.get()) {
            return current.json();
        }
        synchronized (this) {
            long seen = changes.get();
            if (rendered == null || rendered.changes() != seen) {
                List<Class<?>> classes = joinedResources();
                TreeSet<String> modules = new TreeSet<>();
                for (Class<?> type : classes) {
                    Bundle bundle = FrameworkUtil.getBundle(type);
                    if (bundle != null) {
                        modules.add(bundle.getSymbolicName() + " " + bundle.getVersion());
                    }
                }
                String json = OpenApiDocument.json(OpenApiDocument.describe(classes, basePath, version, modules));
                rendered = new Rendered(seen, json);
                LOG.debug("OpenAPI document built from {} resources of {}", classes.size(), modules);
            }
            return rendered.json();
        }
    }

    /** The classes of the resources whose application select matches Relacja's application, and this one. */
    private List<Class<?>> joinedResources() {
        List<Class<?>> classes = new ArrayList<>();
        classes.add(OpenApiResource.class);
        for (Registration registration : resources.values()) {
            Object select = registration.properties().get(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT);
            if (select instanceof String filter && joinsRelacja(filter)) {
                classes.add(registration.type());
            }
        }
        return classes;
    }

    private boolean joinsRelacja(String filter) {
        try {
            return FrameworkUtil.createFilter(filter).matches(application);
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }
}
