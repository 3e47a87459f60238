package dev.relacja.documents.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.relacja.documents.api.RenderingException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template cannot make printing read a file or call a server: not through FO images, not through
 * SVG, not through XML entities. A local HTTP server records every request that reaches it (a file
 * read leaves no such trace, but file: and http: take the same way through FOP and Batik).
 */
class ExternalResourcesTest {

    private static final String SVG = "xmlns:svg=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"";
    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static DocumentRendererImpl renderer;
    private static HttpServer server;
    private static final List<String> requests = new ArrayList<>();
    private static String baseUrl;

    @TempDir
    static Path folder;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            synchronized (requests) {
                requests.add(exchange.getRequestURI().toString());
            }
            byte[] body = exchange.getRequestURI().getPath().endsWith(".png") ? PNG
                    : "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect id=\"a\" width=\"5\" height=\"5\"/></svg>"
                            .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        baseUrl = "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + "/";
        renderer = Renderers.create();
    }

    @AfterAll
    static void stop() {
        renderer.deactivate();
        server.stop(0);
    }

    private static byte[] render(String name, String flow) {
        new MapTemplateProvider().with(name, Renderers.fo(flow)).registerWith(renderer, 0);
        return renderer.renderPdf(name, Map.of("base", baseUrl));
    }

    private static void assertNoRequests() {
        synchronized (requests) {
            assertEquals(List.of(), requests, "requests that reached the server");
        }
    }

    @Test
    void aDataUriImagePrints() {
        byte[] pdf = render("ext/data.fo.ftl", "<fo:block><fo:external-graphic src=\"url('data:image/png;base64,"
                + Base64.getEncoder().encodeToString(PNG) + "')\"/></fo:block>");

        assertTrue(Pdfs.imageCount(pdf) > 0, "the embedded image is there");
    }

    @Test
    void fileImagesAreNotRead() throws IOException {
        Path png = Files.write(folder.resolve("logo.png"), PNG);

        for (String source : List.of("file:///etc/passwd", png.toUri().toString(), "logo.png", "/etc/passwd",
                "jar:" + png.toUri() + "!/x.png")) {
            byte[] pdf = render("ext/file-" + Math.abs(source.hashCode()) + ".fo.ftl",
                    "<fo:block>Logo: <fo:external-graphic src=\"url('" + source + "')\"/></fo:block>");

            assertEquals(0, Pdfs.imageCount(pdf), source + " was not read");
            assertTrue(Pdfs.text(pdf).contains("Logo:"), "the rest of the document prints");
        }
    }

    @Test
    void httpImagesAreNotFetched() {
        byte[] pdf = render("ext/http.fo.ftl",
                "<fo:block><fo:external-graphic src=\"url('${base}logo.png')\"/></fo:block>"
                        + "<fo:block background-image=\"url('${base}background.png')\">x</fo:block>");

        assertEquals(0, Pdfs.imageCount(pdf));
        assertNoRequests();
    }

    @Test
    void svgWithoutReferencesPrints() {
        byte[] pdf = render("ext/svg-ok.fo.ftl", "<fo:block>Przed<fo:instream-foreign-object><svg:svg " + SVG
                + " width=\"20\" height=\"20\"><svg:rect id=\"r\" width=\"10\" height=\"10\" style=\"fill:#ff0000\"/>"
                + "<svg:use xlink:href=\"#r\" x=\"10\"/></svg:svg></fo:instream-foreign-object>Po</fo:block>");

        assertTrue(Pdfs.text(pdf).contains("Przed"));
        assertTrue(Pdfs.firstPageContent(pdf).contains("1 0 0 rg"), "the red square is drawn");
        assertNoRequests();
    }

    @Test
    void svgCannotReachOutEither() {
        String inline = "<fo:block><fo:instream-foreign-object><svg:svg " + SVG + " width=\"20\" height=\"20\">"
                + "<svg:image xlink:href=\"${base}inline-image.png\" width=\"5\" height=\"5\"/>"
                + "<svg:use xlink:href=\"${base}inline-use.svg#a\"/>"
                + "<svg:use xlink:href=\"" + "file:///etc/passwd#a" + "\"/>"
                + "<svg:rect width=\"5\" height=\"5\" style=\"fill:url(${base}inline-fill.svg#a)\"/>"
                + "</svg:svg></fo:instream-foreign-object></fo:block>";
        String svgDocument = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"20\" height=\"20\"><use xlink:href=\"" + baseUrl + "data-use.svg#a\"/>"
                + "<image xlink:href=\"" + baseUrl + "data-image.png\" width=\"5\" height=\"5\"/></svg>";
        String fromData = "<fo:block><fo:external-graphic src=\"url('data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svgDocument.getBytes(StandardCharsets.UTF_8)) + "')\"/></fo:block>";

        for (String flow : List.of(inline, fromData)) {
            try {
                render("ext/svg-" + Math.abs(flow.hashCode()) + ".fo.ftl", flow);
            } catch (RenderingException e) {
                // refusing the SVG outright is fine too; reaching out is not
            }
        }

        assertNoRequests();
    }

    @Test
    void xmlEntitiesAndDtdsAreRefused() {
        String template = "<!DOCTYPE fo:root [<!ENTITY secret SYSTEM \"file:///etc/passwd\">"
                + "<!ENTITY remote SYSTEM \"${base}entity\"><!ENTITY % dtd SYSTEM \"${base}dtd\"> %dtd;]>"
                + Renderers.fo("<fo:block>&secret; &remote;</fo:block>");
        new MapTemplateProvider().with("ext/xxe.fo.ftl", template).registerWith(renderer, 0);

        RenderingException e = assertThrows(RenderingException.class,
                () -> renderer.renderPdf("ext/xxe.fo.ftl", Map.of("base", baseUrl)));

        assertEquals(RenderingException.Reason.FO_ERROR, e.reason());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertNoRequests();
    }
}
