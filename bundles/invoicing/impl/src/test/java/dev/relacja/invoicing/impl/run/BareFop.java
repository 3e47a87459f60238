package dev.relacja.invoicing.impl.run;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.EnvironmentalProfileFactory;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.xml.sax.SAXException;

/**
 * Bare FOP, the baseline of a run's printing: one reused {@link FopFactory} from the documents bundle's own
 * {@code fop.xconf} and DejaVu fonts (from the class path under the same {@code relacja-bundle://} URIs, kept
 * in memory), XSL-FO text in, PDF bytes out, as FOP's embedding guide does it; no template, no limits, no checks.
 */
final class BareFop {
    private static final String FONTS = "relacja-bundle://documents/";

    private final FopFactory factory;
    /** An identity transform feeds FOP, one per thread: neither JAXP factories nor transformers are thread-safe. */
    private final ThreadLocal<Transformer> identity = ThreadLocal.withInitial(() -> {
        try {
            return TransformerFactory.newInstance().newTransformer();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    });

    BareFop() {
        // the fonts in memory, read once: as cheap as font files in the page cache, which is where a FOP user
        // keeps them (read from the jar for every document, as FOP asks, they cost bare FOP a third of its speed)
        Map<String, byte[]> fonts = new ConcurrentHashMap<>();
        ResourceResolver classPath = new ResourceResolver() {
            @Override
            public Resource getResource(URI uri) throws IOException {
                if (!uri.toString().startsWith(FONTS)) {
                    throw new IOException("not a font of the documents bundle: " + uri);
                }
                String path = uri.toString().substring(FONTS.length());
                byte[] font = fonts.get(path);
                if (font == null) {
                    try (InputStream in = BareFop.class.getClassLoader().getResourceAsStream(path)) {
                        if (in == null) {
                            throw new IOException("not a font of the documents bundle: " + uri);
                        }
                        font = in.readAllBytes();
                    }
                    fonts.putIfAbsent(path, font);
                }
                return new Resource(new ByteArrayInputStream(font));
            }

            @Override
            public OutputStream getOutputStream(URI uri) throws IOException {
                throw new IOException("nothing is written: " + uri);
            }
        };
        try (InputStream configuration = BareFop.class.getClassLoader().getResourceAsStream("fop.xconf")) {
            factory = new FopConfParser(configuration, EnvironmentalProfileFactory.createRestrictedIO(
                    URI.create("http://relacja.invalid/"), classPath)).getFopFactoryBuilder().build();
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Typesets one document; answers its page count. Safe on several threads at once. */
    int pages(String fo) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(32 * 1024);
        try {
            Fop fop;
            // FOP 2.11 reads its configuration (a DOM) for every new Fop, unsynchronised, and Xerces' DOM is not
            // safe for concurrent readers: two threads at once fail now and then with a NullPointerException
            synchronized (factory) {
                fop = factory.newFop(MimeConstants.MIME_PDF, pdf);
            }
            identity.get().transform(new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
            return fop.getResults().getPageCount();
        } catch (FOPException | TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}
