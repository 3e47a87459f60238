package dev.relacja.core.impl.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.files.NewFile;
import dev.relacja.core.api.files.StoredFile;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.Role;
import dev.relacja.core.impl.DataDirectory;
import dev.relacja.core.impl.records.ResolversForTests;
import dev.relacja.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

/** Attachments over a real Derby database and a data folder on disk; records of type "note" 1–9 exist. */
class JpaFileServiceTest {
    @TempDir
    Path data;
    private TestDatabase db;
    private final List<String> events = new ArrayList<>();
    private JpaFileService files;

    @BeforeEach
    void setUp() {
        db = new TestDatabase().migrate("core");
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {BundleContext.class}, (proxy, method, args) -> method.getName().equals("getProperty")
                        && "relacja.data".equals(args[0]) ? data.toString() : null);
        Caller operator = new Caller(7, "ola", Role.OPERATOR, Set.of());
        files = new JpaFileService(db.jpa("relacja-core"), () -> Optional.of(operator),
                ResolversForTests.of("note", r -> r.id() < 10 ? Optional.of("Note " + r.id()) : Optional.empty()),
                (module, event, properties) -> events.add(event + " " + properties.get("owner")), null,
                new DataDirectory(context), null, new JpaFileService.Config() {
                    @Override
                    public int maxMegabytes() {
                        return 1;
                    }

                    @Override
                    public Class<? extends Annotation> annotationType() {
                        return JpaFileService.Config.class;
                    }
                });
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void attachesABatchInOrderAndReadsEachBack() throws IOException {
        List<StoredFile> attached = files.attachAll(List.of(file(1, "a.txt", "first"), file(2, "dir/b.txt", "second"),
                file(1, "c.txt", "first")));

        assertEquals(List.of("a.txt", "b.txt", "c.txt"), attached.stream().map(StoredFile::filename).toList());
        assertEquals(attached.get(0).sha256(), attached.get(2).sha256(), "the same content is stored once");
        assertEquals(2, files.filesOf(new RecordRef("note", 1)).size());
        try (InputStream in = files.open(attached.get(1).id())) {
            assertArrayEquals("second".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
        assertEquals(List.of("FILE_ATTACHED note:1", "FILE_ATTACHED note:2", "FILE_ATTACHED note:1"), events);
    }

    @Test
    void aBatchWithOneBadFileAttachesNone() {
        assertThrows(NotFoundException.class, () -> files.attachAll(List.of(file(1, "a.txt", "x"),
                file(42, "b.txt", "y"))));
        ValidationException badName = assertThrows(ValidationException.class,
                () -> files.attachAll(List.of(file(1, "a.txt", "x"), file(2, " ", "y"))));
        assertTrue(badName.getMessage().contains("file name"), badName.getMessage());
        assertThrows(ValidationException.class, () -> files.attachAll(List.of(file(1, "a.txt", "x"),
                new NewFile(new RecordRef("note", 2), "b.txt", "not a type", stream("y")))));

        assertEquals(List.of(), files.filesOf(new RecordRef("note", 1)));
        assertEquals(List.of(), events);
    }

    private static NewFile file(long note, String name, String text) {
        return new NewFile(new RecordRef("note", note), name, "text/plain", stream(text));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
