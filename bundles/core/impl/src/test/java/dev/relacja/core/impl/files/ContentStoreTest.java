package dev.relacja.core.impl.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.core.api.error.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {
    @TempDir
    Path root;

    @Test
    void storesContentOnceUnderItsSha256() throws IOException {
        ContentStore store = new ContentStore(root, 1024);
        byte[] content = "Zażółć gęślą jaźń".getBytes(StandardCharsets.UTF_8);

        ContentStore.Stored first = store.put(new ByteArrayInputStream(content));
        ContentStore.Stored second = store.put(new ByteArrayInputStream(content));

        assertTrue(first.sha256().matches("[0-9a-f]{64}"), first.sha256());
        assertEquals(first, second);
        assertEquals(content.length, first.size());
        assertEquals(root.resolve(first.sha256().substring(0, 2)).resolve(first.sha256().substring(2, 4))
                .resolve(first.sha256()), store.pathOf(first.sha256()));
        try (InputStream in = store.open(first.sha256())) {
            assertArrayEquals(content, in.readAllBytes());
        }
        assertEquals(1, regularFiles(), "one copy, and no upload left behind");
    }

    @Test
    void refusesContentOverTheLimitAndKeepsNothingOfIt() throws IOException {
        ContentStore store = new ContentStore(root, 10);

        ValidationException e = assertThrows(ValidationException.class,
                () -> store.put(new ByteArrayInputStream(new byte[11])));

        assertTrue(e.getMessage().contains("at most 10 bytes"));
        assertEquals(0, regularFiles());
    }

    @Test
    void deletesContent() {
        ContentStore store = new ContentStore(root, 1024);
        ContentStore.Stored stored = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}));

        store.delete(stored.sha256());

        assertFalse(Files.exists(store.pathOf(stored.sha256())));
    }

    private long regularFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
