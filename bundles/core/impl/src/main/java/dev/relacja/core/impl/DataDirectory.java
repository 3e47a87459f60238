package dev.relacja.core.impl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Where Relacja keeps business data: {@code relacja-data/} in the Karaf base, outside {@code data/}
 * so that {@code bin/karaf clean} never wipes it. The framework property {@code relacja.data} moves it.
 */
@Component(service = DataDirectory.class)
public class DataDirectory {
    private final Path path;

    @Activate
    public DataDirectory(BundleContext context) {
        String configured = context.getProperty("relacja.data");
        String base = context.getProperty("karaf.base");
        this.path = configured != null ? Paths.get(configured)
                : Paths.get(base != null ? base : ".").resolve("relacja-data");
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + path, e);
        }
    }

    public Path path() {
        return path;
    }
}
