package dev.relacja.documents.impl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Iterator;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.ParsedURLData;
import org.apache.batik.util.ParsedURLDefaultProtocolHandler;

/**
 * Makes Batik (FOP's SVG library, embedded in this bundle) unable to open any URL but {@code data:}
 * and its own resources (its user-agent style sheet, DTDs) inside this bundle.
 * SVG inside a document ({@code <use xlink:href>}, CSS {@code url()}, fonts) is loaded by Batik
 * itself, past FOP's resource resolver; Batik's own same-origin check lets {@code file:} references
 * through from documents without a host. Batik keeps its URL handlers in static state, which belongs
 * to this bundle's private copy of Batik alone, so the lockdown touches nothing outside it.
 */
final class BatikUrlLockdown {

    private static final String BATIK_RESOURCES = "org/apache/batik/";

    private static boolean applied;

    private BatikUrlLockdown() {
    }

    static synchronized void apply() {
        if (!applied) {
            ParsedURL.registerHandler(new RefusingHandler(null)); // the default, for every other protocol
            ParsedURL.registerHandler(new RefusingHandler("jar"));
            applied = true;
        }
    }

    /**
     * Whether the URL is exactly what this bundle's class loader gives for a resource of Batik's: the
     * way Batik finds its own files, whatever the URL scheme of the framework (jar:, bundle:, …).
     */
    static boolean isBatikResource(URL url) {
        String address = url.toString();
        int start = address.indexOf(BATIK_RESOURCES);
        if (start < 0 || address.contains("..")) {
            return false;
        }
        URL own = BatikUrlLockdown.class.getClassLoader().getResource(address.substring(start));
        return own != null && own.toString().equals(address);
    }

    /** Parses URLs as Batik always does, but opens none that is not Batik's own. */
    private static final class RefusingHandler extends ParsedURLDefaultProtocolHandler {

        RefusingHandler(String protocol) {
            super(protocol);
        }

        @Override
        protected ParsedURLData constructParsedURLData() {
            return new RefusedURLData();
        }

        @Override
        protected ParsedURLData constructParsedURLData(URL url) {
            return new RefusedURLData(url);
        }
    }

    private static final class RefusedURLData extends ParsedURLData {

        RefusedURLData() {
        }

        RefusedURLData(URL url) {
            super(url);
        }

        @Override
        protected InputStream openStreamInternal(String userAgent, Iterator mimeTypes, Iterator encodingTypes)
                throws IOException {
            if (isBatikResource(buildURL())) {
                return super.openStreamInternal(userAgent, mimeTypes, encodingTypes);
            }
            throw new IOException("SVG in documents may not load " + this + "; embed it instead");
        }
    }
}
