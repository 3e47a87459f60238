package dev.relacja.core.impl.persistence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.flywaydb.core.api.resource.LoadableResource;

/** One migration script inside a bundle, read as UTF-8. */
final class BundleScript extends LoadableResource {
    private final URL url;
    private final String filename;
    private final String relativePath;

    BundleScript(URL url, String folder) {
        this.url = url;
        String path = url.getPath();
        this.filename = path.substring(path.lastIndexOf('/') + 1);
        this.relativePath = folder + "/" + filename;
    }

    @Override
    public Reader read() {
        try {
            return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration " + url, e);
        }
    }

    @Override
    public String getAbsolutePath() {
        return url.toString();
    }

    @Override
    public String getAbsolutePathOnDisk() {
        return url.toString();
    }

    @Override
    public String getFilename() {
        return filename;
    }

    @Override
    public String getRelativePath() {
        return relativePath;
    }
}
