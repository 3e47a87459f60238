package dev.relacja.itests.crash;

import dev.relacja.itests.TestPorts;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Relacja distribution unpacked under {@code target/crash/<name>} and run as users run it: started with
 * {@code bin/start}, stopped with {@code bin/stop}, or killed with SIGKILL to simulate a crash. Each instance
 * listens on its own free loopback ports, so several can coexist with other test runs on the machine.
 *
 * <p>Always {@link #close()} an instance (try-with-resources or {@code finally}); a JVM shutdown hook kills
 * the Karaf JVM as a last resort when the test JVM itself is terminated.
 */
public final class KarafProcess implements AutoCloseable {
    /** The variable Relacja's first start takes the {@code admin} operator's password from. */
    public static final String ADMIN_PASSWORD_VARIABLE = "RELACJA_ADMIN_PASSWORD";
    public static final String ADMIN = "admin";
    /**
     * The paths whose 200 (for the admin) means Relacja is up: REST, security, JPA and the database, and every
     * booted module the scenarios call (the modules' resources register one by one while Karaf boots).
     */
    public static final List<String> READINESS_PATHS = List.of("counterparties?size=1", "tasks?size=1",
            "procedures", "invoices?size=1", "invoice-runs?size=1", "mail/messages?size=1", "mail/templates",
            "mail/send-jobs");
    /**
     * How long every readiness path must keep answering 200: each module that registers a REST resource later
     * redeploys the JAX-RS application, during which requests fail (404, or a 500 from CXF).
     */
    private static final Duration READY_QUIET = Duration.ofSeconds(3);

    private static final Logger LOG = LoggerFactory.getLogger(KarafProcess.class);
    private static final String MAIN_CLASS = "org.apache.karaf.main.Main";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 80;
    private static final String KARAF_LOG = "data/log/karaf.log";
    private static final String DERBY_LOG = "data/log/derby.log";

    private final Path base;
    private final String adminPassword;
    private final int httpPort;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Thread killOnExit;
    private boolean shutdownHookRegistered;
    /** Where karaf.log stood when the last start began: what follows is that start's log. */
    private long karafLogOffset;

    private KarafProcess(Path base, String adminPassword, int httpPort) {
        this.base = base;
        this.adminPassword = adminPassword;
        this.httpPort = httpPort;
        this.killOnExit = new Thread(this::killQuietly, "kill Karaf in " + base);
        environment.put(ADMIN_PASSWORD_VARIABLE, adminPassword);
    }

    /**
     * Unpacks the distribution tar.gz (system property {@code relacja.distribution}, set by failsafe) into a
     * fresh {@code target/crash/<name>} and gives it free loopback ports. The first start creates the
     * operator {@code admin} with {@code adminPassword}.
     */
    public static KarafProcess unpack(String name, String adminPassword) {
        String distribution = System.getProperty("relacja.distribution");
        if (distribution == null || !new File(distribution).isFile()) {
            throw new IllegalStateException("System property relacja.distribution does not name the distribution's"
                    + " tar.gz (failsafe sets it): " + distribution);
        }
        try {
            Path base = Paths.get("target", "crash", name).toAbsolutePath();
            killStrays(base);
            deleteRecursively(base);
            Files.createDirectories(base);
            long unpacking = System.nanoTime();
            // tar keeps the scripts' execute bits, which the JDK's own archive classes would lose
            int untar = run(List.of("tar", "-xzf", distribution, "-C", base.toString(), "--strip-components=1"), base,
                    Map.of(), base.resolve("unpack.log"));
            if (untar != 0 || !Files.isExecutable(base.resolve("bin/start"))) {
                throw new IllegalStateException("Unpacking " + distribution + " gave no executable bin/start in " + base);
            }
            base = base.toRealPath();
            int httpPort = TestPorts.free();
            setProperty(base.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(httpPort));
            setProperty(base.resolve("etc/org.ops4j.pax.web.cfg"), "org.ops4j.pax.web.listening.addresses", "127.0.0.1");
            setProperty(base.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(TestPorts.free()));
            setProperty(base.resolve("etc/org.apache.karaf.shell.cfg"), "sshHost", "127.0.0.1");
            setProperty(base.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", Integer.toString(TestPorts.free()));
            setProperty(base.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(TestPorts.free()));
            LOG.info("Unpacked Relacja into {} in {} ms (HTTP port {})", base,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - unpacking), httpPort);
            return new KarafProcess(base, adminPassword, httpPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare target/crash/" + name, e);
        }
    }

    /** Sets {@code key = value} in {@code etc/<pid>.cfg}, for the next start. */
    public KarafProcess configure(String pid, String key, String value) {
        try {
            setProperty(base.resolve("etc").resolve(pid + ".cfg"), key, value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write etc/" + pid + ".cfg", e);
        }
        return this;
    }

    /** The Karaf base directory ({@code karaf.base}); Relacja's data is under {@code relacja-data/} here. */
    public Path base() {
        return base;
    }

    /** The REST API's root, {@code http://127.0.0.1:<port>/relacja/api/v1/}. */
    public URI api() {
        return URI.create("http://127.0.0.1:" + httpPort + "/relacja/api/v1/");
    }

    /** A REST client signed in as {@code admin} with the password of the first start. */
    public RestClient admin() {
        return new RestClient(api(), ADMIN, adminPassword);
    }

    public RestClient client(String user, String password) {
        return new RestClient(api(), user, password);
    }

    /**
     * Sets (or, with {@code null}, removes) an environment variable for the next {@link #start(Duration)}: a restart
     * with a different {@value #ADMIN_PASSWORD_VARIABLE} shows whether Relacja creates its admin again.
     */
    public KarafProcess environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Starts Karaf with {@code bin/start} and waits until Relacja answers (see {@link #awaitReady}). */
    public KarafProcess start(Duration readyTimeout) {
        if (jvm().isPresent()) {
            throw new IllegalStateException("Karaf already runs in " + base);
        }
        registerShutdownHook();
        karafLogOffset = sizeOf(base.resolve(KARAF_LOG));
        long started = System.nanoTime();
        int exit = run(List.of(base.resolve("bin/start").toString()), base, scriptEnvironment(), base.resolve("start.log"));
        if (exit != 0) {
            throw new AssertionError("bin/start exited with " + exit + "\n" + tail(base.resolve("start.log"), 20));
        }
        awaitReady(readyTimeout);
        LOG.info("Relacja in {} answered after {} ms", base, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return this;
    }

    /**
     * Waits until every {@link #READINESS_PATHS} answers 200 to the admin for {@link #READY_QUIET} on end, failing
     * with the tail of Karaf's log when it does not within {@code timeout} or when the Karaf JVM dies meanwhile.
     */
    public void awaitReady(Duration timeout) {
        RestClient client = admin();
        long begin = System.nanoTime();
        long deadline = begin + timeout.toNanos();
        String last = "no answer yet";
        long readySince = 0;
        while (System.nanoTime() < deadline) {
            try {
                String waiting = null;
                for (String path : READINESS_PATHS) {
                    HttpResponse<String> response = client.get(path);
                    if (response.statusCode() != 200) {
                        waiting = path + ": HTTP " + response.statusCode() + " " + abbreviate(response.body());
                        break;
                    }
                }
                if (waiting == null) {
                    if (readySince == 0) {
                        readySince = System.nanoTime();
                    }
                    if (System.nanoTime() - readySince >= READY_QUIET.toNanos()) {
                        return;
                    }
                    sleep(Duration.ofMillis(250));
                    continue;
                }
                readySince = 0;
                last = waiting;
            } catch (IOException e) {
                readySince = 0;
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for Relacja", e);
            }
            // bin/start returns at once; give the JVM a moment to appear before calling it dead
            if (System.nanoTime() - begin > TimeUnit.SECONDS.toNanos(10) && jvm().isEmpty()) {
                throw new AssertionError("The Karaf JVM of " + base + " is not running (last answer: " + last + ")"
                        + diagnostics());
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("Relacja in " + base + " did not answer GET " + api() + READINESS_PATHS
                + " with 200 within " + timeout.toSeconds() + " s (last answer: " + last + ")" + diagnostics());
    }

    /** Whether this instance's Karaf JVM runs. */
    public boolean isRunning() {
        return jvm().isPresent();
    }

    /**
     * Kills this instance's Karaf JVM with SIGKILL (what {@code kill -9} sends; {@link ProcessHandle#destroyForcibly}
     * on Linux), as a power cut or the OOM killer would, and waits until it is gone.
     */
    public void kill9() {
        ProcessHandle jvm = jvm().orElseThrow(() -> new AssertionError("No Karaf JVM runs in " + base + diagnostics()));
        LOG.info("kill -9 {} (Karaf in {})", jvm.pid(), base);
        if (!jvm.destroyForcibly()) {
            throw new AssertionError("Could not send SIGKILL to " + jvm.pid());
        }
        awaitExit(jvm, EXIT_TIMEOUT);
        if (jvm.isAlive()) {
            throw new AssertionError("Karaf JVM " + jvm.pid() + " survived SIGKILL for " + EXIT_TIMEOUT.toSeconds() + " s");
        }
    }

    /** Stops Karaf with {@code bin/stop}, killing it when it does not exit in time. Does nothing when it is not running. */
    public void stop() {
        Optional<ProcessHandle> jvm = jvm();
        if (jvm.isEmpty()) {
            return;
        }
        try {
            int exit = run(List.of(base.resolve("bin/stop").toString()), base, scriptEnvironment(), base.resolve("stop.log"));
            if (exit != 0) {
                LOG.warn("bin/stop in {} exited with {}", base, exit);
            }
            awaitExit(jvm.get(), EXIT_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warn("bin/stop in {} failed: {}", base, e.toString());
        }
        if (jvm.get().isAlive()) {
            LOG.warn("Karaf in {} did not stop within {} s; killing it", base, EXIT_TIMEOUT.toSeconds());
            killQuietly();
        }
    }

    /** Stops Karaf (forcibly if need be); safe to call more than once. */
    @Override
    public void close() {
        try {
            stop();
        } finally {
            killQuietly();
            if (shutdownHookRegistered) {
                try {
                    Runtime.getRuntime().removeShutdownHook(killOnExit);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down; the hook runs anyway
                }
                shutdownHookRegistered = false;
            }
        }
    }

    /** The last lines of {@code data/log/karaf.log}. */
    public String karafLogTail() {
        return tail(base.resolve(KARAF_LOG), LOG_TAIL_LINES);
    }

    /**
     * The lines matching a pattern that the last start wrote to Karaf's log ({@value #KARAF_LOG}) and
     * Derby's ({@value #DERBY_LOG}, which Derby rewrites on every boot).
     */
    public List<String> logLinesOfLastStart(Pattern pattern) {
        List<String> lines = new ArrayList<>();
        for (String log : List.of(KARAF_LOG, DERBY_LOG)) {
            Path file = base.resolve(log);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                byte[] content = Files.readAllBytes(file);
                int from = log.equals(KARAF_LOG) && karafLogOffset <= content.length ? (int) karafLogOffset : 0;
                new String(content, from, content.length - from, StandardCharsets.UTF_8).lines()
                        .filter(l -> pattern.matcher(l).find()).map(l -> log + ": " + l).forEach(lines::add);
            } catch (IOException e) {
                lines.add(log + ": unreadable: " + e);
            }
        }
        return lines;
    }

    // ------------------------------------------------------------------------------------------ internals

    /**
     * This instance's Karaf JVM: the process whose command line runs Karaf's main class with this
     * {@code karaf.base}. The {@code bin/karaf} shell that launched it is left alone; it exits with the JVM.
     */
    private Optional<ProcessHandle> jvm() {
        return jvmsOf(base).stream().findFirst();
    }

    private static List<ProcessHandle> jvmsOf(Path base) {
        String baseArgument = "-Dkaraf.base=" + base;
        return ProcessHandle.allProcesses()
                .filter(p -> {
                    List<String> arguments = arguments(p);
                    return arguments.contains(baseArgument) && arguments.contains(MAIN_CLASS);
                })
                .collect(Collectors.toList());
    }

    /** A process's arguments from ProcessHandle, or from /proc when the JDK cannot tell. */
    private static List<String> arguments(ProcessHandle process) {
        Optional<String[]> arguments = process.info().arguments();
        if (arguments.isPresent() && arguments.get().length > 0) {
            return Arrays.asList(arguments.get());
        }
        try {
            byte[] cmdline = Files.readAllBytes(Paths.get("/proc", Long.toString(process.pid()), "cmdline"));
            return Arrays.asList(new String(cmdline, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Kills Karaf JVMs a previous, aborted run left in the directory about to be reused. */
    private static void killStrays(Path base) {
        if (!Files.isDirectory(base)) {
            return;
        }
        try {
            Path real = base.toRealPath();
            for (ProcessHandle stray : jvmsOf(real)) {
                LOG.warn("Killing Karaf {} left running in {} by an earlier run", stray.pid(), real);
                stray.destroyForcibly();
                awaitExit(stray, EXIT_TIMEOUT);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void killQuietly() {
        jvm().ifPresent(p -> {
            p.destroyForcibly();
            awaitExit(p, EXIT_TIMEOUT);
        });
    }

    private void registerShutdownHook() {
        if (!shutdownHookRegistered) {
            Runtime.getRuntime().addShutdownHook(killOnExit);
            shutdownHookRegistered = true;
        }
    }

    private Map<String, String> scriptEnvironment() {
        Map<String, String> env = new HashMap<>(environment);
        // never let an inherited Karaf location point the scripts at another instance
        for (String variable : List.of("KARAF_HOME", "KARAF_BASE", "KARAF_DATA", "KARAF_ETC", "KARAF_LOG")) {
            env.put(variable, null);
        }
        // the test's own Java 17, and no "JAVA_HOME not set" guessing
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // bin/start sends Karaf's console output here instead of /dev/null
        env.put("KARAF_REDIRECT", base.resolve("console.log").toString());
        return env;
    }

    /** Runs a command to its end (stdin from /dev/null, output appended to {@code output}); answers its exit code. */
    private static int run(List<String> command, Path directory, Map<String, String> environment, Path output) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            Process process = builder.start();
            if (!process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + SCRIPT_TIMEOUT.toSeconds() + " s");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + command, e);
        }
    }

    private static void awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // still alive; the caller decides
        }
    }

    /** Sets {@code key = value} in a Karaf .cfg file, replacing the key's line or appending one (to a new file if need be). */
    private static void setProperty(Path cfg, String key, String value) throws IOException {
        Pattern keyLine = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:].*");
        List<String> lines = Files.exists(cfg) ? new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8))
                : new ArrayList<>();
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (keyLine.matcher(lines.get(i)).matches()) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    private String diagnostics() {
        return "\n--- tail of " + base.resolve(KARAF_LOG) + " ---\n" + karafLogTail()
                + "\n--- tail of " + base.resolve("console.log") + " ---\n" + tail(base.resolve("console.log"), 20);
    }

    private static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(" + file.getFileName() + " does not exist)";
        }
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 200 ? String.valueOf(text) : text.substring(0, 200) + "…";
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }
}
