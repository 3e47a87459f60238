package dev.relacja.invoicing.impl.ksef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Resolves the FA(3) schema's import and includes to the base schemas bundled beside it, by file name, through
 * the bundle's class loader: the main schema names them by an http URL that is never fetched. Anything else
 * is refused rather than returned as null, which would let the parser look for it itself.
 */
final class BundledSchemaResolver implements LSResourceResolver {
    static final String FOLDER = "ksef/fa3/bazowe/";
    private static final Set<String> FILES = Set.of("StrukturyDanych_v10-0E.xsd", "ElementarneTypyDanych_v10-0E.xsd",
            "KodyKrajow_v10-0E.xsd");

    private final ClassLoader loader;
    private final DOMImplementationLS inputs;

    BundledSchemaResolver(ClassLoader loader) {
        this.loader = loader;
        try {
            inputs = (DOMImplementationLS) DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's DOM implementation is not available", e);
        }
    }

    @Override
    public LSInput resolveResource(String type, String namespaceUri, String publicId, String systemId, String baseUri) {
        String file = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
        URL bundled = FILES.contains(file) ? loader.getResource(FOLDER + file) : null;
        if (bundled == null) {
            throw new IllegalStateException("the FA(3) schema refers to " + systemId + ", which is not bundled; "
                    + "schemas are never fetched");
        }
        LSInput input = inputs.createLSInput();
        try {
            input.setByteStream(bundled.openStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + bundled, e);
        }
        input.setSystemId(bundled.toString());
        input.setPublicId(publicId);
        return input;
    }
}
