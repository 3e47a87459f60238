package dev.relacja.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * What is wrong inside the container when a service a test waits for does not come: Relacja bundles
 * that are not active and Declarative Services components that are not running, with the references
 * they miss or the reason their activation failed. Written to {@code data/log/itest-diagnosis.txt},
 * which CI prints first when a run fails, and returned for the failure message.
 */
final class ComponentReport {

    private ComponentReport() {
    }

    static String of(BundleContext context) {
        StringBuilder report = new StringBuilder();
        for (Bundle bundle : context.getBundles()) {
            if (isRelacja(bundle) && bundle.getState() != Bundle.ACTIVE && !isFragment(bundle)) {
                report.append("bundle ").append(bundle.getSymbolicName()).append(" is ").append(state(bundle)).append('\n');
            }
        }
        ServiceReference<ServiceComponentRuntime> ref = context.getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime scr = ref == null ? null : context.getService(ref);
        if (scr == null) {
            return report.append("no ServiceComponentRuntime service\n").toString();
        }
        Bundle[] relacja = Arrays.stream(context.getBundles()).filter(ComponentReport::isRelacja).toArray(Bundle[]::new);
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(relacja)) {
            appendComponent(report, scr, description);
        }
        return report.length() == 0 ? "every Relacja bundle and component is running\n" : report.toString();
    }

    /** Appends the report to the container's diagnosis file and returns it. */
    static String written(BundleContext context, String reason) {
        String report = of(context);
        Path file = Paths.get(System.getProperty("karaf.data", "data"), "log", "itest-diagnosis.txt");
        try {
            Files.writeString(file, Instant.now() + " " + reason + "\n" + report + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            return report + "(could not write " + file + ": " + e + ")\n";
        }
        return report;
    }

    private static void appendComponent(StringBuilder report, ServiceComponentRuntime scr,
            ComponentDescriptionDTO description) {
        String name = description.bundle.symbolicName + "/" + description.name;
        if (!scr.isComponentEnabled(description)) {
            report.append("component ").append(name).append(" is disabled\n");
            return;
        }
        var configurations = scr.getComponentConfigurationDTOs(description);
        if (configurations.isEmpty()) {
            if (!"require".equals(description.configurationPolicy)) {
                report.append("component ").append(name).append(" has no configuration\n");
            }
            return; // a required (or factory) configuration nobody created: normal
        }
        for (ComponentConfigurationDTO configuration : configurations) {
            switch (configuration.state) {
                case ComponentConfigurationDTO.ACTIVE, ComponentConfigurationDTO.SATISFIED -> { }
                case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> report.append("component ").append(name)
                        .append(" misses ").append(Arrays.stream(configuration.unsatisfiedReferences)
                                .map(r -> reference(description, r)).collect(Collectors.joining(", ")))
                        .append('\n');
                case ComponentConfigurationDTO.FAILED_ACTIVATION -> report.append("component ").append(name)
                        .append(" failed to activate: ").append(configuration.failure).append('\n');
                default -> report.append("component ").append(name).append(" is in state ")
                        .append(configuration.state).append('\n');
            }
        }
    }

    private static String reference(ComponentDescriptionDTO description, UnsatisfiedReferenceDTO reference) {
        String service = Arrays.stream(description.references).filter(r -> r.name.equals(reference.name))
                .map(r -> r.interfaceName).findFirst().orElse("?");
        return reference.name + " (" + service + (reference.target == null ? "" : " " + reference.target) + ")";
    }

    private static boolean isRelacja(Bundle bundle) {
        return bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("dev.relacja");
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders().get("Fragment-Host") != null;
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> "INSTALLED (not resolved)";
            case Bundle.RESOLVED -> "RESOLVED (not started)";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "in state " + bundle.getState();
        };
    }
}
