package dev.relacja.documents.impl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * FOP's only way to read anything: resources of this bundle under {@code fonts/}, addressed as
 * {@code relacja-bundle://documents/fonts/…}. Every other URI ({@code file:}, {@code http:},
 * {@code jar:}, relative paths) is refused, so a template cannot make FOP read a file or call a server.
 * FOP decodes {@code data:} URIs itself (images embedded in the model, such as a logo) without asking.
 * Nothing is ever written. FOP reads each font file again for every document: the files are kept in memory
 * after the first read (four of a few hundred kilobytes), which spares inflating them from the bundle's jar.
 * Safe for several rendering threads at once.
 */
final class BundleResourceResolver implements ResourceResolver {

    static final String SCHEME = "relacja-bundle";
    static final String AUTHORITY = "documents";
    /**
     * Base URI of the FO documents: nowhere. Relative references resolve under it and are refused. It
     * is an http URI on a host that never resolves (RFC 6761 {@code .invalid}) only because FOP turns
     * it into a {@code java.net.URL} for inline SVG and logs an error for a scheme Java does not know;
     * as the SVG's own address it also makes Batik refuse {@code file:} references (another host).
     */
    static final URI BASE = URI.create("http://relacja.invalid/");

    private static final String READABLE_FOLDER = "fonts/";

    private final ClassLoader resources;
    private final Map<String, byte[]> read = new ConcurrentHashMap<>();

    BundleResourceResolver(ClassLoader resources) {
        this.resources = resources;
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        String path = readablePath(uri);
        byte[] content = read.get(path);
        if (content == null) {
            try (InputStream in = resources.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IOException("No bundle resource " + path);
                }
                content = in.readAllBytes();
            }
            read.putIfAbsent(path, content);
        }
        return new Resource(new ByteArrayInputStream(content));
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("Printing writes no files (" + uri + ")");
    }

    private static String readablePath(URI uri) throws IOException {
        URI normalized = uri.normalize();
        String path = normalized.getPath();
        if (!SCHEME.equals(normalized.getScheme()) || !AUTHORITY.equals(normalized.getAuthority())
                || path == null || !path.startsWith("/" + READABLE_FOLDER) || path.contains("..")
                || normalized.getQuery() != null) {
            throw new IOException("Access to " + uri + " is not allowed: documents may use only images embedded"
                    + " as data: URIs and the fonts Relacja ships");
        }
        return path.substring(1);
    }
}
