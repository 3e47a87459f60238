package dev.relacja.documents.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.util.ParsedURL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batik, which loads what SVG references by itself, opens only data: URIs and its own resources. */
class BatikUrlLockdownTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void lockDown() {
        BatikUrlLockdown.apply();
    }

    @Test
    void filesAndJarsAreNotOpened() throws IOException {
        Path svg = Files.writeString(folder.resolve("defs.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        for (String url : List.of("file:///etc/passwd", svg.toUri().toString(), "jar:" + svg.toUri() + "!/x.svg")) {
            assertThrows(IOException.class, () -> new ParsedURL(url).openStream(), url);
        }
    }

    @Test
    void serversAreNotCalled() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/defs.svg";

            assertThrows(IOException.class, () -> new ParsedURL(url).openStream());
            assertEquals(0, requests.get());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void dataUrisAndBatiksOwnResourcesStillOpen() throws IOException {
        try (InputStream data = new ParsedURL("data:,hello").openStream()) {
            assertTrue(new String(data.readAllBytes()).endsWith("hello"));
        }
        URL styleSheet = SVGDOMImplementation.class.getResource("resources/UserAgentStyleSheet.css");
        try (InputStream css = new ParsedURL(styleSheet).openStream()) {
            assertTrue(css.readAllBytes().length > 0);
        }
    }
}
