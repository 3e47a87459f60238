package dev.relacja.invoicing.impl.ksef;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official FA(3) schema, loaded once from this bundle with every import resolved offline, and the check of
 * documents against it. The JDK's own parsers, so no lookup goes through OSGi's service loaders, with secure
 * processing and its default limits; a {@link Schema} is thread-safe, a {@link Validator} is not, so each check
 * takes its own.
 *
 * <p>One adaptation, in memory only: an upper bound above {@value #LARGEST_BOUND} (FaWiersz, DodatkowyOpis,
 * NowySrodekTransportu, ZamowienieWiersz up to 10,000, DaneFaKorygowanej up to 50,000) is read as unbounded.
 * The JDK's validator expands a bounded repetition into that many states (JDK-6483188): secure processing
 * refuses such a content model, and without it one FA(3) takes minutes and hundreds of megabytes to check.
 * An invoice has at most 500 lines (the invoice rules' limit) and Relacja writes none of the other four, so what
 * it writes is valid under the official bounds exactly when it is valid here.
 */
final class Fa3Schema {
    private static final String MAIN = "ksef/fa3/schemat_FA3_v1-0E.xsd";
    /** The JDK's default of jdk.xml.maxOccurLimit: the most nodes secure processing lets a content model expand to. */
    private static final int LARGEST_BOUND = 5000;
    private static final int MAX_REPORTED_PROBLEMS = 5;

    private volatile Schema schema;

    /**
     * Checks a document; the exception names its first few problems, since one broken value is often reported
     * twice (its type's facet, then its element).
     */
    void validate(byte[] xml) throws SAXException {
        Validator validator = schema().newValidator();
        validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Problems problems = new Problems();
        validator.setErrorHandler(problems);
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.throwIfAny();
    }

    /**
     * Loaded at the first check rather than when the exporter activates, so that a schema that does not load fails
     * exports only, not the invoice resource and commands that hold the exporter.
     */
    private Schema schema() {
        Schema loaded = schema;
        if (loaded == null) {
            synchronized (this) {
                if (schema == null) {
                    schema = load();
                }
                loaded = schema;
            }
        }
        return loaded;
    }

    /** Through this bundle's class loader: a bundle's resources are not on any other. */
    private static Schema load() {
        ClassLoader loader = Fa3Schema.class.getClassLoader();
        URL main = loader.getResource(MAIN);
        if (main == null) {
            throw new IllegalStateException("the FA(3) schema " + MAIN + " is missing from the bundle");
        }
        try {
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // the resolver hands over every imported schema as a stream, so nothing needs external access
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver(new BundledSchemaResolver(loader));
            return factory.newSchema(new DOMSource(withLargeBoundsRelaxed(main), main.toString()));
        } catch (SAXException e) {
            throw new IllegalStateException("the bundled FA(3) schema does not load: " + e.getMessage(), e);
        }
    }

    private static Document withLargeBoundsRelaxed(URL main) throws SAXException {
        try (InputStream in = main.openStream()) {
            DocumentBuilderFactory parser = DocumentBuilderFactory.newDefaultInstance();
            parser.setNamespaceAware(true);
            parser.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            parser.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Document xsd = parser.newDocumentBuilder().parse(in, main.toString());
            NodeList particles = xsd.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "*");
            for (int i = 0; i < particles.getLength(); i++) {
                Element particle = (Element) particles.item(i);
                String bound = particle.getAttribute("maxOccurs");
                if (bound.matches("\\d+") && Long.parseLong(bound) > LARGEST_BOUND) {
                    particle.setAttribute("maxOccurs", "unbounded");
                }
            }
            return xsd;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not available", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled FA(3) schema", e);
        }
    }

    /** Collects errors so that the report can name more than the first. */
    private static final class Problems implements ErrorHandler {
        private final List<String> messages = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // warnings do not make a document invalid
        }

        @Override
        public void error(SAXParseException e) {
            if (messages.size() < MAX_REPORTED_PROBLEMS) {
                messages.add(e.getMessage());
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        void throwIfAny() throws SAXException {
            if (!messages.isEmpty()) {
                throw new SAXException(String.join("; ", messages));
            }
        }
    }
}
