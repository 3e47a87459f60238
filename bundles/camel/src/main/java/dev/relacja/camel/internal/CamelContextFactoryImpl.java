package dev.relacja.camel.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.impl.DefaultCamelContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.relacja.camel.CamelContextFactory;

/**
 * The factory service, one instance per bundle that uses it (bundle scope), so that the contexts
 * it builds see that bundle's classes and resources, and so that contexts a bundle forgot to stop
 * are stopped when it lets go of the service.
 */
@Component(service = CamelContextFactory.class, scope = ServiceScope.BUNDLE, name = CamelContextFactoryImpl.PID)
@Designate(ocd = CamelContextFactoryImpl.Config.class)
public final class CamelContextFactoryImpl implements CamelContextFactory {

    static final String PID = "dev.relacja.camel";
    static final String CONTEXT_NAME_PREFIX = "relacja-";

    private static final Logger LOG = LoggerFactory.getLogger(CamelContextFactoryImpl.class);
    private static final Pattern MODULE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Settings of the Camel runtime, in {@code etc/dev.relacja.camel.cfg}. */
    @ObjectClassDefinition(name = "Relacja Camel runtime",
            description = "How the CamelContexts of Relacja's modules are built.")
    public @interface Config {

        @AttributeDefinition(name = "Shutdown timeout (seconds)", min = "1",
                description = "How long stopping a module's context (on deactivation, update or refresh) "
                        + "waits for exchanges in flight before stopping them by force. Camel's own default is 45.")
        int shutdownTimeoutSeconds() default 5;
    }

    private final ClassLoader applicationClassLoader;
    private final Duration shutdownTimeout;
    private final Set<CamelContext> contexts = ConcurrentHashMap.newKeySet();

    @Activate
    public CamelContextFactoryImpl(ComponentContext componentContext, Config config) {
        this(applicationClassLoader(componentContext.getUsingBundle()),
                Duration.ofSeconds(Math.max(1, config.shutdownTimeoutSeconds())));
    }

    /** Outside OSGi (tests): contexts load through the given class loader. */
    CamelContextFactoryImpl(ClassLoader applicationClassLoader, Duration shutdownTimeout) {
        this.applicationClassLoader = Objects.requireNonNull(applicationClassLoader);
        this.shutdownTimeout = Objects.requireNonNull(shutdownTimeout);
    }

    private static ClassLoader applicationClassLoader(Bundle usingBundle) {
        ClassLoader runtime = CamelContextFactoryImpl.class.getClassLoader();
        BundleWiring wiring = usingBundle == null ? null : usingBundle.adapt(BundleWiring.class);
        ClassLoader module = wiring == null ? null : wiring.getClassLoader();
        if (module == null) {
            return runtime;
        }
        return new ModuleClassLoader("relacja-camel:" + usingBundle.getSymbolicName(), runtime, module);
    }

    @Override
    public CamelContext create(String moduleName, RoutesBuilder... routes) {
        if (moduleName == null || !MODULE_NAME.matcher(moduleName).matches()) {
            throw new IllegalArgumentException("Module name must match " + MODULE_NAME + ": " + moduleName);
        }
        contexts.removeIf(CamelContext::isStopped);
        // the no-argument constructor builds at once, and a built context can no longer be renamed
        DefaultCamelContext context = new DefaultCamelContext(false);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // threads Camel creates while starting (consumers, schedulers) inherit this loader
        thread.setContextClassLoader(applicationClassLoader);
        try {
            context.getCamelContextExtension().setName(CONTEXT_NAME_PREFIX + moduleName);
            context.setApplicationContextClassLoader(applicationClassLoader);
            context.build();
            context.getShutdownStrategy().setTimeUnit(TimeUnit.MILLISECONDS);
            context.getShutdownStrategy().setTimeout(shutdownTimeout.toMillis());
            for (RoutesBuilder builder : routes == null ? new RoutesBuilder[0] : routes) {
                context.addRoutes(builder);
            }
            context.start();
            contexts.add(context);
            return context;
        } catch (Exception e) {
            stopQuietly(context);
            throw RuntimeCamelException.wrapRuntimeCamelException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Stops the contexts the using bundle left running (it should have stopped them itself). */
    @Deactivate
    void deactivate() {
        for (CamelContext context : contexts) {
            if (!context.isStopped()) {
                LOG.warn("Stopping CamelContext {}: its module released the factory without stopping it",
                        context.getName());
                stopQuietly(context);
            }
        }
        contexts.clear();
    }

    private static void stopQuietly(CamelContext context) {
        try {
            context.stop();
        } catch (RuntimeException e) {
            LOG.warn("CamelContext {} did not stop cleanly", context.getName(), e);
        }
    }

    @Override
    public String toString() {
        return "CamelContextFactory[" + applicationClassLoader + ", shutdown timeout " + shutdownTimeout + "]";
    }

    /** For tests: how many contexts this instance still tracks. */
    int trackedContexts() {
        return (int) contexts.stream().filter(c -> !c.isStopped()).count();
    }
}
