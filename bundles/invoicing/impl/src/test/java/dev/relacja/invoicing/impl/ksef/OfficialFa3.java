package dev.relacja.invoicing.impl.ksef;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.relacja.invoicing.api.KsefExport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;

/**
 * The official FA(3) schema read straight from the source tree, apart from the production code's loading, to
 * check what the exporter answers; and DOM reading of FA(3) elements for assertions.
 */
final class OfficialFa3 {
    private static final Path FOLDER = Paths.get("src/main/resources/ksef/fa3");
    private static final Pattern LARGE_BOUND = Pattern.compile("maxOccurs=\"(\\d+)\"");
    private static final Schema SCHEMA = load();

    private OfficialFa3() {
    }

    static void assertValid(byte[] xml) {
        assertDoesNotThrow(() -> SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml))),
                () -> new String(xml, StandardCharsets.UTF_8));
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of each FA(3) element of this name, in document order. */
    static List<String> texts(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS(KsefExport.FA3_NAMESPACE, element);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> nodes.item(i).getTextContent()).toList();
    }

    /** The text of the one FA(3) element of this name, or null when there is none. */
    static String text(Document document, String element) {
        List<String> texts = texts(document, element);
        if (texts.size() > 1) {
            throw new AssertionError(element + " occurs " + texts.size() + " times");
        }
        return texts.isEmpty() ? null : texts.get(0);
    }

    /**
     * Loads the source tree's schema by its own means (files, a text rewrite), with the one adaptation the JDK's
     * validator needs, as the production loader explains: upper bounds above 5,000 read as unbounded.
     */
    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newDefaultInstance()
                    .newDocumentBuilder().getDOMImplementation();
            factory.setResourceResolver((type, namespace, publicId, systemId, base) -> {
                Path file = FOLDER.resolve("bazowe").resolve(systemId.substring(systemId.lastIndexOf('/') + 1));
                LSInput input = ls.createLSInput();
                try {
                    input.setByteStream(Files.newInputStream(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                input.setSystemId(file.toUri().toString());
                return input;
            });
            Path main = FOLDER.resolve("schemat_FA3_v1-0E.xsd");
            String relaxed = LARGE_BOUND.matcher(Files.readString(main))
                    .replaceAll(bound -> Long.parseLong(bound.group(1)) > 5000 ? "maxOccurs=\"unbounded\"" : bound.group());
            return factory.newSchema(new StreamSource(new StringReader(relaxed), main.toUri().toString()));
        } catch (Exception e) {
            throw new IllegalStateException("the official FA(3) schema does not load from " + FOLDER.toAbsolutePath(), e);
        }
    }
}
