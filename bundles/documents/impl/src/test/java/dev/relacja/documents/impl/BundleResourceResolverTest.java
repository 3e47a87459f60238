package dev.relacja.documents.impl;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundleResourceResolverTest {

    private final BundleResourceResolver resolver = new BundleResourceResolver(getClass().getClassLoader());

    @Test
    void readsTheFontsItShips() throws IOException {
        try (InputStream font = resolver.getResource(URI.create("relacja-bundle://documents/fonts/DejaVuSans.ttf"))) {
            assertTrue(font.readAllBytes().length > 100_000);
        }
    }

    @Test
    void refusesEverythingElse() {
        for (String uri : List.of("file:///etc/passwd", "http://127.0.0.1/x.png", "https://example.org/x.png",
                "jar:file:/tmp/x.jar!/fonts/DejaVuSans.ttf", "relacja-bundle://documents/fop.xconf",
                "relacja-bundle://documents/fonts/../fop.xconf", "relacja-bundle://other/fonts/DejaVuSans.ttf",
                "relacja-bundle://documents/templates/documents/layout.fo.ftl", "fonts/DejaVuSans.ttf",
                "relacja-bundle://documents/fonts/%2e%2e/fop.xconf")) {
            assertThrows(IOException.class, () -> resolver.getResource(URI.create(uri)), uri);
        }
    }

    @Test
    void writesNothing() {
        assertThrows(IOException.class,
                () -> resolver.getOutputStream(URI.create("relacja-bundle://documents/fonts/x.ttf")));
    }
}
