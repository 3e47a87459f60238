package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.Principal;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.After;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.ProbeBuilder;
import org.ops4j.pax.exam.TestProbeBuilder;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * Boots the Relacja distribution exactly as users run it (the tar.gz the build produced) and gives
 * tests what they need inside it: shell commands run as a chosen subject, the REST API over HTTP
 * with Basic authentication, and the initial admin password Relacja generated on first start.
 *
 * <p>The {@link Configuration} method runs in the test JVM; every other method runs inside Karaf.
 * Values chosen outside (the HTTP port) reach the container as system properties.
 */
public abstract class RelacjaTestSupport {

    /** Karaf system property carrying the HTTP port chosen for this run. */
    protected static final String HTTP_PORT_PROPERTY = "relacja.itest.http.port";
    protected static final String API_PATH = "/relacja/api/v1/";
    protected static final String ADMIN = "admin";

    protected static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);
    protected static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);
    /** Reads REST answers with exact decimals, so amounts compare as they were written. */
    protected static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    /** relacja-contacts and every module feature that requires it. */
    protected static final List<String> CONTACTS_AND_DEPENDENTS = List.of("relacja-procedures", "relacja-scheduling",
            "relacja-offers", "relacja-tasks", "relacja-invoicing", "relacja-mailbox", "relacja-contacts");
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(30);

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService featuresService;

    @Inject
    protected SessionFactory sessionFactory;

    /** Injected only once the boot features are installed, so no test starts earlier. */
    @Inject
    protected BootFinished bootFinished;

    /** Set once the JAX-RS whiteboard settled in this container (one container per test class). */
    private static volatile boolean restSettled;

    private final ExecutorService commandExecutor = Executors.newCachedThreadPool();
    private HttpClient httpClient;

    @Configuration
    public Option[] config() {
        String karafVersion = requiredProperty("karaf.version");
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository",
                System.getProperty("maven.repo.local", ""));
        String httpPort = freePort();
        List<Option> options = new ArrayList<>(Arrays.asList(
                karafDistributionConfiguration()
                        .frameworkUrl(distribution())
                        .name("Relacja")
                        .karafVersion(karafVersion)
                        .unpackDirectory(new File("target/exam")),
                keepRuntimeFolder(),
                // a busy 2-core machine boots Karaf in well over Pax Exam's 10 s default wait for injected services
                systemProperty("pax.exam.service.timeout").value(Long.toString(STARTUP_TIMEOUT.toMillis())),
                systemTimeout(STARTUP_TIMEOUT.toMillis()),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "updateSnapshots", "none"),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.localRepository", localRepository),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                editConfigurationFilePut("etc/system.properties", HTTP_PORT_PROPERTY, httpPort),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort())));
        options.addAll(java9PlusOptions(karafVersion));
        // what the distribution's bin/setenv passes: see there why
        options.add(new VMOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"));
        return options.toArray(new Option[0]);
    }

    /** PDFBox in the container, for tests that read generated PDFs back; add to {@link #config()}. */
    protected static Option[] pdfReader() {
        String version = "3.0.8";
        return new Option[] {
            // PDFBox 3 imports org.apache.commons.logging [1.4,2), newer than pax-logging's
            mavenBundle("commons-logging", "commons-logging", "1.4.0"),
            mavenBundle("org.apache.pdfbox", "pdfbox-io", version),
            mavenBundle("org.apache.pdfbox", "fontbox", version),
            mavenBundle("org.apache.pdfbox", "pdfbox", version)
        };
    }

    /**
     * The flags bin/karaf adds on Java 9+; Pax Exam does not, and without them Karaf's specs
     * locator fails with NoClassDefFoundError.
     */
    private static List<Option> java9PlusOptions(String karafVersion) {
        String[] flags = {
            "--add-reads=java.xml=java.logging",
            "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
            "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
            "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
            "--add-opens", "java.base/java.security=ALL-UNNAMED",
            "--add-opens", "java.base/java.net=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
            "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
            "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
            "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*" + File.pathSeparator + "lib/endorsed/*",
        };
        return Arrays.stream(flags).map(VMOption::new).collect(Collectors.toList());
    }

    /**
     * The distribution's tar.gz: the file Maven resolved (from this reactor or the local repository),
     * else the Maven artifact of this version.
     */
    private static String distribution() {
        String file = System.getProperty("relacja.distribution");
        if (file != null && !file.isEmpty() && new File(file).isFile()) {
            return new File(file).toURI().toString();
        }
        return maven().groupId("dev.relacja").artifactId("relacja-distribution")
                .version(requiredProperty("project.version")).type("tar.gz").getURL();
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("System property " + name + " is not set (the failsafe configuration passes it)");
        }
        return value;
    }

    private static String freePort() {
        return Integer.toString(TestPorts.free());
    }

    @ProbeBuilder
    public TestProbeBuilder probeConfiguration(TestProbeBuilder probe) {
        // the probe sees whatever Karaf exports, like Karaf's own itests
        probe.setHeader(Constants.DYNAMICIMPORT_PACKAGE, "*");
        return probe;
    }

    @After
    public void stopCommandExecutor() {
        commandExecutor.shutdownNow();
    }

    // ---------------------------------------------------------------- bundles and features

    /**
     * The service, waiting for it as long as Karaf may take to start; fails with what keeps it away
     * (see {@link ComponentReport}). Use it instead of {@code @Inject} for Relacja's services: a field of
     * a Relacja type makes the probe load that type when Pax Exam scans the test's fields, before it
     * waits for {@link BootFinished}, so during the boot's bundle refresh the probe may wire to a
     * revision whose services it then never sees.
     */
    protected <T> T service(Class<T> type) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        do {
            ServiceReference<T> ref = bundleContext.getServiceReference(type);
            T service = ref == null ? null : bundleContext.getService(ref);
            if (service != null) {
                return service;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + type.getName(), e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError(type.getName() + " did not appear within " + STARTUP_TIMEOUT + ":\n"
                + ComponentReport.written(bundleContext, "waiting for " + type.getName()));
    }

    /** Relacja's bundles: every bundle whose symbolic name starts with {@code dev.relacja}. */
    protected List<Bundle> relacjaBundles() {
        return Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("dev.relacja"))
                .collect(Collectors.toList());
    }

    /** Waits until every Relacja bundle is ACTIVE; fails naming those that are not. */
    protected void waitForBundlesActive(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Bundle> bundles = relacjaBundles();
            List<String> notActive = bundles.stream()
                    .filter(b -> b.getState() != Bundle.ACTIVE)
                    .map(b -> b.getSymbolicName() + " (" + stateName(b.getState()) + ")")
                    .collect(Collectors.toList());
            if (!bundles.isEmpty() && notActive.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail(bundles.isEmpty() ? "No Relacja bundle is installed" : "Relacja bundles not active: " + notActive);
            }
            Thread.sleep(200);
        }
    }

    protected static String stateName(int state) {
        switch (state) {
            case Bundle.UNINSTALLED: return "UNINSTALLED";
            case Bundle.INSTALLED: return "INSTALLED";
            case Bundle.RESOLVED: return "RESOLVED";
            case Bundle.STARTING: return "STARTING";
            case Bundle.STOPPING: return "STOPPING";
            case Bundle.ACTIVE: return "ACTIVE";
            default: return Integer.toString(state);
        }
    }

    /**
     * Uninstalls the contacts module with the modules that need it (tasks, procedures), in one
     * deployment: Karaf keeps a feature's bundles while an installed feature still requires it.
     */
    protected void uninstallContactsAndDependents() throws Exception {
        featuresService.uninstallFeatures(new LinkedHashSet<>(CONTACTS_AND_DEPENDENTS),
                EnumSet.noneOf(FeaturesService.Option.class));
    }

    /** Installs the contacts module and the modules that need it again. */
    protected void installContactsAndDependents() throws Exception {
        featuresService.installFeatures(new LinkedHashSet<>(CONTACTS_AND_DEPENDENTS),
                EnumSet.noneOf(FeaturesService.Option.class));
    }

    protected void assertFeatureInstalled(String name) throws Exception {
        assertTrue("Feature " + name + " is not installed",
                featuresService.isInstalled(featuresService.getFeature(name)));
    }

    // ---------------------------------------------------------------- shell

    /** Runs a shell command as Relacja's admin (Karaf's admin role and relacja-admin). */
    protected String executeCommand(String command) {
        return executeCommand(command, new UserPrincipal(ADMIN), new RolePrincipal("admin"),
                new RolePrincipal("relacja-admin"));
    }

    /**
     * Runs a shell command as a subject with the given principals (command ACLs apply) and returns
     * what it printed, its result included. A command that fails throws, with the shell's message.
     */
    protected String executeCommand(String command, Principal... principals) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        PrivilegedExceptionAction<String> run = () -> {
            Session session = sessionFactory.create(System.in, out, out);
            try {
                Object result = session.execute(command);
                if (result != null) {
                    out.println(result);
                }
            } finally {
                session.close();
            }
            out.flush();
            return output.toString(StandardCharsets.UTF_8);
        };
        Future<String> future = commandExecutor.submit(() -> {
            Subject subject = new Subject();
            subject.getPrincipals().addAll(Arrays.asList(principals));
            return Subject.doAs(subject, run);
        });
        try {
            return future.get(COMMAND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("Command timed out: " + command + "\n" + output.toString(StandardCharsets.UTF_8), e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.security.PrivilegedActionException
                    ? e.getCause().getCause() : e.getCause();
            throw new RuntimeException("Command failed: " + command + ": " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
    }

    // ---------------------------------------------------------------- REST

    /** The Karaf base directory (where relacja-data/ lives). */
    protected Path karafBase() {
        return Paths.get(System.getProperty("karaf.base"));
    }

    /**
     * The admin password Relacja generated on first start (relacja-data/initial-admin-password),
     * waiting for the core to write it.
     */
    protected String initialAdminPassword() throws IOException, InterruptedException {
        Path file = karafBase().resolve("relacja-data").resolve("initial-admin-password");
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (!Files.isRegularFile(file) || Files.size(file) == 0) {
            if (System.nanoTime() > deadline) {
                fail("Relacja did not write " + file);
            }
            Thread.sleep(200);
        }
        return Files.readString(file, StandardCharsets.UTF_8).trim();
    }

    protected int httpPort() {
        return Integer.parseInt(System.getProperty(HTTP_PORT_PROPERTY));
    }

    /** The URI of a REST path relative to /relacja/api/v1/ ("counterparties?q=x"). */
    protected URI api(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return URI.create("http://localhost:" + httpPort() + API_PATH + relative);
    }

    protected HttpClient http() {
        if (httpClient == null) {
            httpClient = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();
        }
        return httpClient;
    }

    /** A request builder for an API path, with Basic authentication when a user is given. */
    protected HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(api(path)).timeout(HTTP_TIMEOUT)
                .header("Accept", "application/json");
        if (user != null) {
            String token = Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        return builder;
    }

    protected HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return http().send(request, body);
    }

    protected HttpResponse<String> get(String path, String user, String password)
            throws IOException, InterruptedException {
        return send(request(path, user, password).GET().build());
    }

    /** GET without credentials. */
    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null, null);
    }

    protected HttpResponse<String> post(String path, String json, String user, String password)
            throws IOException, InterruptedException {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    protected HttpResponse<String> put(String path, String json, String ifMatch, String user, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path, user, password).header("Content-Type", "application/json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    protected HttpResponse<String> delete(String path, String user, String password)
            throws IOException, InterruptedException {
        return send(request(path, user, password).DELETE().build());
    }

    /** The body of a 201 answer; any other status fails with the body. */
    protected static JsonNode created(HttpResponse<String> response) throws IOException {
        assertEquals(response.body(), 201, response.statusCode());
        return JSON.readTree(response.body());
    }

    /** The body of a 200 answer; any other status fails with the body. */
    protected static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertEquals(response.body(), 200, response.statusCode());
        return JSON.readTree(response.body());
    }

    /** Asserts a 400 problem that names {@code field} among its errors. */
    protected static void assertRefused(HttpResponse<String> response, String field) {
        assertEquals(response.body(), 400, response.statusCode());
        assertTrue(response.body(), response.body().contains("\"field\":\"" + field + "\""));
    }

    /**
     * Waits until the REST application serves a path to the admin with 200: the JAX-RS whiteboard publishes
     * resources a moment after their bundles start, and a 401 means the operators' realm is not there yet.
     */
    protected void waitForRest(String path, Duration timeout) throws InterruptedException, IOException {
        String password = initialAdminPassword();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = get(path, ADMIN, password);
                if (response.statusCode() == 200) {
                    if (!restSettled) {
                        awaitRestSettled(deadline);
                        restSettled = true;
                    }
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        fail("REST path " + path + " not available: " + last + "\n"
                + ComponentReport.written(bundleContext, "waiting for REST path " + path));
    }

    /**
     * Waits (at most until the deadline) until the JAX-RS whiteboard has not changed for two seconds:
     * modules that start later add their resources, and each addition redeploys the application,
     * during which a request may get a 404.
     */
    private void awaitRestSettled(long deadline) throws InterruptedException {
        Object seen = restChangeCount();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline && System.nanoTime() - quietSince < Duration.ofSeconds(2).toNanos()) {
            Thread.sleep(100);
            Object now = restChangeCount();
            if (!Objects.equals(now, seen)) {
                seen = now;
                quietSince = System.nanoTime();
            }
        }
    }

    private Object restChangeCount() {
        ServiceReference<?> runtime = bundleContext.getServiceReference("org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime");
        return runtime == null ? null : runtime.getProperty(Constants.SERVICE_CHANGECOUNT);
    }
}
