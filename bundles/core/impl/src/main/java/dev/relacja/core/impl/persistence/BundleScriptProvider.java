package dev.relacja.core.impl.persistence;

import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;

/** Offers Flyway the SQL scripts in one folder of one bundle. */
final class BundleScriptProvider implements ResourceProvider {
    private final List<BundleScript> scripts = new ArrayList<>();

    BundleScriptProvider(Bundle bundle, String folder) {
        Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
        if (entries == null) {
            throw new IllegalStateException(bundle.getSymbolicName() + " has no migration scripts under " + folder);
        }
        for (URL url : Collections.list(entries)) {
            scripts.add(new BundleScript(url, folder));
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return scripts.stream().filter(s -> s.getRelativePath().equals(name)).findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> matching = new ArrayList<>();
        for (BundleScript script : scripts) {
            String name = script.getFilename();
            if (name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
                matching.add(script);
            }
        }
        return matching;
    }
}
