package dev.relacja.core.impl.rest.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.relacja.core.impl.rest.Problem;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.PathUtils;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.jaxrs2.util.ReaderUtils;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.io.File;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenAPI 3 document of a set of JAX-RS resource classes, all of Relacja's REST application.
 *
 * <p>swagger-core's {@link Reader} reads paths, HTTP methods, parameters and the request and response
 * schemas of the records the methods declare. This class then adds what signatures do not show:
 * <ul>
 * <li>for a method returning {@code Response}, the statuses, entity schema, ETag and Location it really
 * builds ({@link ResponseShape}); a {@code void} method answers 204, any other 200;</li>
 * <li>the {@code application/problem+json} errors {@code ProblemMapper} and the sign-in filter answer: 401,
 * 403 and 500 on every operation (roles are checked in the services, so any call may be refused), 400 where
 * the operation takes input other than a path, 404 where the path names a record, 409 on POST and PUT with
 * a JSON body (a unique key taken), 412 and 428 where the operation takes If-Match;</li>
 * <li>types the JSON provider writes as strings described as strings ({@link JsonStrings}), HTTP Basic as
 * the security scheme of every operation, binary bodies for streams and byte arrays, stable operation ids
 * ({@code counterpartyGet}) and a tag per top-level path.</li>
 * </ul>
 */
final class OpenApiDocument {
    private static final Logger LOG = LoggerFactory.getLogger(OpenApiDocument.class);
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String BASIC_AUTH = "basicAuth";
    private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");
    private static final Set<Class<? extends Annotation>> PARAMETER_ANNOTATIONS = Set.of(PathParam.class,
            QueryParam.class, HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class,
            BeanParam.class, Context.class);

    /** The problem responses, by the component name they are listed under. */
    private enum Problems {
        BAD_REQUEST("400", "BadRequest", "The input breaks a rule; `errors` names each field and the rule."),
        UNAUTHORIZED("401", "Unauthorized", "No or wrong HTTP Basic credentials of a Relacja operator."),
        FORBIDDEN("403", "Forbidden", "The caller's role does not allow this."),
        NOT_FOUND("404", "NotFound", "No such record."),
        CONFLICT("409", "Conflict", "A unique key (such as a code) is taken; `errors` names the field."),
        PRECONDITION_FAILED("412", "PreconditionFailed",
                "Someone else changed the record: the If-Match version is no longer current."),
        PRECONDITION_REQUIRED("428", "PreconditionRequired",
                "Send If-Match with the version (the ETag) of the record you read."),
        INTERNAL_ERROR("500", "InternalError",
                "The server failed; `detail` gives the incident id under which the log has the details.");

        final String status;
        final String component;
        final String description;

        Problems(String status, String component, String description) {
            this.status = status;
            this.component = component;
            this.description = description;
        }
    }

    private final Components components;
    private final Set<String> operationIds = new HashSet<>();

    private OpenApiDocument(Components components) {
        this.components = components;
    }

    /**
     * Describes the resource classes.
     *
     * @param resourceClasses the classes of the resources that joined the application
     * @param basePath the application's base path, the document's server URL ({@code /relacja/api/v1})
     * @param version the API's version (the core bundle's)
     * @param modules the bundles the resources come from, named in the description
     */
    static OpenAPI describe(Collection<Class<?>> resourceClasses, String basePath, String version,
            Collection<String> modules) {
        // swagger keeps a process-wide ModelResolver that remembers every type it named: give each reading a
        // fresh one and clear the type cache after, so an uninstalled module's classes are not held for ever
        ModelConverters converters = ModelConverters.getInstance();
        List<ModelConverter> installed = List.copyOf(converters.getConverters());
        installed.forEach(converters::removeConverter);
        ModelResolver resolver = new ModelResolver(Json.mapper());
        JsonStrings strings = new JsonStrings();
        converters.addConverter(resolver);
        converters.addConverter(strings);
        Thread thread = Thread.currentThread();
        ClassLoader previousLoader = thread.getContextClassLoader();
        // swagger looks up its extensions with ServiceLoader, through the context class loader
        thread.setContextClassLoader(OpenApiDocument.class.getClassLoader());
        try {
            return read(resourceClasses, basePath, version, modules);
        } finally {
            thread.setContextClassLoader(previousLoader);
            converters.removeConverter(strings);
            converters.removeConverter(resolver);
            for (int i = installed.size() - 1; i >= 0; i--) {
                converters.addConverter(installed.get(i));
            }
            Json.mapper().getTypeFactory().clearCache();
        }
    }

    private static OpenAPI read(Collection<Class<?>> resourceClasses, String basePath, String version,
            Collection<String> modules) {
        List<Class<?>> classes = new ArrayList<>(new LinkedHashSet<>(resourceClasses));
        classes.sort(Comparator.comparing(Class::getName));
        OpenAPI base = new OpenAPI()
                .info(new Info().title("Relacja REST API").version(version).description(
                        "Relacja's REST API as served now: the resources of the modules installed ("
                                + String.join(", ", modules) + "). Every call needs HTTP Basic credentials of a "
                                + "Relacja operator; errors are application/problem+json (RFC 9457)."))
                .addServersItem(new Server().url(basePath))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH));
        Reader reader = new Reader(new SwaggerConfiguration().openAPI(base).readAllResources(true));
        // class by class, as Reader.read(Set) does, so that one class swagger cannot read costs only its paths
        for (Class<?> resource : classes) {
            try {
                reader.read(resource);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("The OpenAPI document leaves out {}: swagger cannot read it", resource.getName(), e);
            }
        }
        OpenAPI api = reader.getOpenAPI();
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        OpenApiDocument document = new OpenApiDocument(api.getComponents());
        document.addCommonComponents();
        if (api.getPaths() != null) {
            for (Class<?> resource : classes) {
                try {
                    document.complete(api.getPaths(), resource);
                } catch (RuntimeException | LinkageError e) {
                    LOG.warn("The OpenAPI document describes {} as swagger read it, no further", resource.getName(), e);
                }
            }
            api.setPaths(sorted(api.getPaths()));
        }
        return api;
    }

    /** The document as JSON, written by swagger's own mapper (which knows the model's quirks). */
    static String json(OpenAPI api) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(api);
        } catch (JsonProcessingException e) {
            // not the caller's malformed JSON, which is what the problem mapper would make of it
            throw new IllegalStateException("Cannot write the OpenAPI document", e);
        }
    }

    private void addCommonComponents() {
        components.addSecuritySchemes(BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("basic").description("The username and password of a Relacja operator."));
        Schema<?> problem = schemaOf(Problem.class);
        for (Problems kind : Problems.values()) {
            ApiResponse response = new ApiResponse().description(kind.description)
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problem)));
            if (kind == Problems.UNAUTHORIZED) {
                response.addHeaderObject("WWW-Authenticate", new Header().schema(new StringSchema())
                        .description("Basic realm=\"Relacja\""));
            }
            components.addResponses(kind.component, response);
        }
    }

    private void complete(Paths paths, Class<?> resource) {
        Path classPath = resource.getAnnotation(Path.class);
        if (classPath == null) {
            return;
        }
        for (Method method : resource.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null || method.isBridge() || method.isSynthetic()
                    || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            // the path exactly as the Reader keys it: joined the same way, regular expressions dropped
            String path = PathUtils.parsePath(
                    ReaderUtils.getPath(classPath, method.getAnnotation(Path.class), "", false), new HashMap<>());
            PathItem item = paths.get(path);
            Operation operation = item == null ? null
                    : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(httpMethod.toUpperCase(Locale.ROOT)));
            if (operation != null) {
                complete(operation, resource, method, path, httpMethod);
            }
        }
    }

    private void complete(Operation operation, Class<?> resource, Method method, String path, String httpMethod) {
        operation.setOperationId(operationId(resource, method));
        String firstSegment = path.replaceFirst("^/", "").split("/", 2)[0];
        operation.setTags(List.of(firstSegment));
        if (operation.getParameters() != null) {
            operation.getParameters().removeIf(p -> "header".equals(p.getIn())
                    && IGNORED_HEADERS.contains(p.getName().toLowerCase(Locale.ROOT)));
            if (operation.getParameters().isEmpty()) {
                operation.setParameters(null);
            }
        }
        Class<?> body = bodyType(method);
        if (body != null && isBinary(body) && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().values().forEach(media -> media.setSchema(new BinarySchema()));
        }

        ApiResponses responses = successResponses(operation, resource, method);
        List<Problems> problems = new ArrayList<>(List.of(Problems.UNAUTHORIZED, Problems.FORBIDDEN));
        // a path parameter that does not convert is a 404 in JAX-RS; other input can break a rule
        boolean takesInput = operation.getRequestBody() != null || operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn()));
        if (takesInput) {
            problems.add(Problems.BAD_REQUEST);
        }
        if (path.contains("{")) {
            problems.add(Problems.NOT_FOUND);
        }
        if ((httpMethod.equals(HttpMethod.POST) || httpMethod.equals(HttpMethod.PUT)) && takesJson(operation)) {
            problems.add(Problems.CONFLICT);
        }
        if (takesIfMatch(method)) {
            problems.add(Problems.PRECONDITION_FAILED);
            problems.add(Problems.PRECONDITION_REQUIRED);
        }
        problems.add(Problems.INTERNAL_ERROR);
        problems.sort(Comparator.comparing(p -> p.status));
        for (Problems problem : problems) {
            responses.addApiResponse(problem.status, new ApiResponse().$ref(problem.component));
        }
        operation.setResponses(responses);
    }

    private ApiResponses successResponses(Operation operation, Class<?> resource, Method method) {
        ApiResponses responses = new ApiResponses();
        Class<?> returned = method.getReturnType();
        if (returned == void.class) {
            responses.addApiResponse("204", new ApiResponse().description("No Content"));
        } else if (Response.class.isAssignableFrom(returned)) {
            ResponseShape shape = ResponseShape.of(method);
            boolean text = shape.entityTypes().equals(Set.of(String.class));
            Schema<?> schema = text ? new StringSchema() : schemaOf(shape.entityTypes());
            Set<Integer> statuses = shape.statuses().isEmpty() ? Set.of(200) : shape.statuses();
            for (int status : statuses) {
                ApiResponse response = new ApiResponse().description(Response.Status.fromStatusCode(status) == null
                        ? Integer.toString(status) : Response.Status.fromStatusCode(status).getReasonPhrase());
                if (status != 204 && schema != null) {
                    response.setContent(text ? textContent(produces(resource, method))
                            : content(produces(resource, method), schema));
                }
                if (shape.etag() && status != 204) {
                    response.addHeaderObject("ETag", new Header().schema(new StringSchema())
                            .description("The record's version; send it back as If-Match to change the record."));
                }
                if (shape.location() && status == 201) {
                    response.addHeaderObject("Location", new Header().schema(new StringSchema())
                            .description("The new record's URL."));
                }
                responses.addApiResponse(Integer.toString(status), response);
            }
        } else {
            // the Reader resolved the declared return type into its "default" response
            ApiResponse declared = operation.getResponses() == null ? null : operation.getResponses().getDefault();
            Content content = declared == null ? null : declared.getContent();
            if (returned == String.class) {
                content = textContent(produces(resource, method));
            } else if (isBinary(returned)) {
                content = content(produces(resource, method), new BinarySchema());
            }
            responses.addApiResponse("200", new ApiResponse().description("OK").content(content));
        }
        return responses;
    }

    /** The schema of one or several entity types, their components registered; null when nothing is known. */
    private Schema<?> schemaOf(Set<Class<?>> types) {
        List<Schema> schemas = new ArrayList<>();
        for (Class<?> type : types) {
            Schema<?> schema = schemaOf(type);
            if (schema != null) {
                schemas.add(schema);
            }
        }
        if (schemas.isEmpty()) {
            return null;
        }
        return schemas.size() == 1 ? schemas.get(0) : new ComposedSchema().oneOf(schemas);
    }

    private Schema<?> schemaOf(Class<?> type) {
        if (type == Object.class) {
            return null;
        }
        if (type == String.class) {
            return new StringSchema();
        }
        if (isBinary(type)) {
            return new BinarySchema();
        }
        ResolvedSchema resolved = ModelConverters.getInstance()
                .resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
        if (resolved == null || resolved.schema == null) {
            return null;
        }
        if (resolved.referencedSchemas != null) {
            resolved.referencedSchemas.forEach((name, schema) -> {
                if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                    components.addSchemas(name, schema);
                }
            });
        }
        return resolved.schema;
    }

    /** The content in each media type; a stream or byte array written as text/… is a string. */
    private static Content content(List<String> mediaTypes, Schema<?> schema) {
        Content content = new Content();
        for (String mediaType : mediaTypes) {
            boolean text = schema instanceof BinarySchema && mediaType.startsWith("text/");
            content.addMediaType(mediaType, new MediaType().schema(text ? new StringSchema() : schema));
        }
        return content;
    }

    /**
     * The content of a String entity: written as it is (the JSON provider leaves strings alone), so under a
     * JSON media type it is any JSON value, under any other media type a string.
     */
    private static Content textContent(List<String> mediaTypes) {
        Content content = new Content();
        for (String mediaType : mediaTypes) {
            boolean json = mediaType.contains("json");
            content.addMediaType(mediaType, new MediaType().schema(json ? new Schema<>() : new StringSchema()));
        }
        return content;
    }

    /** The media types a method produces: its own {@code @Produces}, else its class's, else any. */
    private static List<String> produces(Class<?> resource, Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getAnnotation(Produces.class);
        }
        if (produces == null) {
            return List.of(javax.ws.rs.core.MediaType.WILDCARD);
        }
        List<String> types = new ArrayList<>();
        for (String value : produces.value()) {
            for (String type : value.split(",")) {
                types.add(type.strip());
            }
        }
        return types;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod httpMethod = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (httpMethod != null) {
                return httpMethod.value();
            }
        }
        return null;
    }

    /** The type of the entity parameter: the one parameter without a JAX-RS parameter annotation. */
    private static Class<?> bodyType(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            boolean annotated = Arrays.stream(annotations[i])
                    .anyMatch(a -> PARAMETER_ANNOTATIONS.contains(a.annotationType()));
            if (!annotated) {
                return types[i];
            }
        }
        return null;
    }

    private static boolean takesJson(Operation operation) {
        return operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().keySet().stream().anyMatch(type -> type.contains("json"));
    }

    private static boolean takesIfMatch(Method method) {
        return Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                .anyMatch(a -> a instanceof HeaderParam header && header.value().equalsIgnoreCase("If-Match"));
    }

    private static boolean isBinary(Class<?> type) {
        return type == byte[].class || InputStream.class.isAssignableFrom(type)
                || StreamingOutput.class.isAssignableFrom(type) || File.class.isAssignableFrom(type)
                || java.nio.file.Path.class.isAssignableFrom(type);
    }

    /** {@code counterpartyGet} for {@code CounterpartyResource.get}: stable, unlike the Reader's {@code get_1}. */
    private String operationId(Class<?> resource, Method method) {
        String noun = resource.getSimpleName().replaceFirst("Resource$", "");
        String base = Character.toLowerCase(noun.charAt(0)) + noun.substring(1)
                + Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1);
        String id = base;
        for (int n = 2; !operationIds.add(id); n++) {
            id = base + n;
        }
        return id;
    }

    private static Paths sorted(Paths paths) {
        Map<String, PathItem> byPath = new LinkedHashMap<>();
        paths.keySet().stream().sorted().forEach(path -> byPath.put(path, paths.get(path)));
        Paths result = new Paths();
        result.putAll(byPath);
        result.setExtensions(paths.getExtensions());
        return result;
    }
}
