package dev.relacja.documents.impl;

import dev.relacja.documents.api.RenderingException;
import dev.relacja.documents.api.RenderingException.Reason;
import dev.relacja.documents.impl.fonts.ParsedFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.EnvironmentalProfileFactory;
import org.apache.fop.apps.MimeConstants;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Typesets XSL-FO into PDF with a reused {@link FopFactory} per thread: fonts from this bundle, each parsed
 * once for all documents ({@link ParsedFonts}), reads only through {@link BundleResourceResolver}, no font cache
 * or system-font detection, and the FO parsed with DOCTYPEs (so external entities and DTDs) refused.
 */
final class PdfTypesetter {

    private static final String CONFIGURATION = "fop.xconf";

    /**
     * One factory per rendering thread: FOP reads its configuration, a DOM that is not safe to read from two
     * threads at once, while it sets up each document, so two renders sharing a factory can fail with errors
     * from inside the DOM. The render threads are few and fixed, so are the factories.
     */
    private final ThreadLocal<FopFactory> fopFactories;
    /** A parser per rendering thread too (Xerces resets it at each parse): no need to build one per document. */
    private final ThreadLocal<XMLReader> readers = ThreadLocal.withInitial(PdfTypesetter::secureReader);

    PdfTypesetter() {
        ClassLoader bundle = PdfTypesetter.class.getClassLoader();
        BatikUrlLockdown.apply();
        BundleResourceResolver resolver = new BundleResourceResolver(bundle);
        ParsedFonts fonts = new ParsedFonts();
        fopFactories = ThreadLocal.withInitial(() -> withContextClassLoader(bundle,
                () -> createFactory(bundle, resolver, fonts)));
        // a broken configuration fails here, at activation, not at the first printout
        withContextClassLoader(bundle, () -> createFactory(bundle, resolver, fonts));
    }

    private static FopFactory createFactory(ClassLoader bundle, BundleResourceResolver resolver,
            ParsedFonts fonts) {
        try (InputStream configuration = bundle.getResourceAsStream(CONFIGURATION)) {
            if (configuration == null) {
                throw new IllegalStateException(CONFIGURATION + " is missing from the bundle");
            }
            FopFactory factory = new FopConfParser(configuration,
                    EnvironmentalProfileFactory.createRestrictedIO(BundleResourceResolver.BASE, resolver))
                    .getFopFactoryBuilder().build();
            fonts.serve(factory);
            return factory;
        } catch (SAXException e) {
            throw new IllegalStateException("Invalid " + CONFIGURATION + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF for the XSL-FO that the named template produced. */
    byte[] typeset(String templateName, String fo) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
        LocatingFilter filter = new LocatingFilter();
        try {
            FopFactory fopFactory = fopFactories.get();
            FOUserAgent userAgent = fopFactory.newFOUserAgent();
            userAgent.setProducer("Relacja");
            userAgent.setCreator("Relacja");
            userAgent.getEventBroadcaster().addEventListener(new FopEventLog(templateName));
            Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, userAgent, pdf);
            filter.setParent(readers.get());
            filter.setContentHandler(fop.getDefaultHandler());
            filter.parse(new InputSource(new StringReader(fo)));
            return pdf.toByteArray();
        } catch (SAXParseException e) {
            throw foError(templateName, e.getLineNumber(), "is not well-formed XML", e);
        } catch (SAXException e) {
            throw foError(templateName, filter.line(), "is not valid XSL-FO", e);
        } catch (IOException | RuntimeException e) {
            throw foError(templateName, filter.line(), "could not be typeset", e);
        }
    }

    private static RenderingException foError(String templateName, int line, String problem, Exception e) {
        String where = line > 0 ? " (at line " + line + " of the generated XSL-FO)" : "";
        Throwable cause = e instanceof SAXException sax && sax.getException() != null && !(e instanceof FOPException)
                ? sax.getException() : e;
        String detail = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        return new RenderingException(Reason.FO_ERROR, templateName, line,
                "The XSL-FO that template '" + templateName + "' produced " + problem + where + ": "
                        + detail.strip().replaceAll("\\s*\\n\\s*", " "), e);
    }

    private static XMLReader secureReader() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // no DOCTYPE at all: so no external (or internal) entities, no DTD to fetch
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a security feature", e);
        }
    }

    private static <T> T withContextClassLoader(ClassLoader loader, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Passes the FO through and remembers where the parser is, for error messages. */
    private static final class LocatingFilter extends XMLFilterImpl {
        private Locator locator;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }

        int line() {
            return locator == null ? 0 : Math.max(locator.getLineNumber(), 0);
        }
    }
}
