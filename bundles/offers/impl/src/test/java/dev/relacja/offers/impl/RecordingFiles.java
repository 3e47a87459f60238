package dev.relacja.offers.impl;

import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.files.StoredFile;
import dev.relacja.core.api.records.RecordRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The core's file service in memory: it keeps what is attached, with its content, and answers it numbered. */
public final class RecordingFiles {
    /** A file as attached: its record, name and content. */
    public record Attached(long id, RecordRef owner, String filename, String contentType, byte[] content) {
    }

    public final List<Attached> attached = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(100);

    public final FileService files = (FileService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {FileService.class}, (proxy, method, args) -> {
                if (!method.getName().equals("attach")) {
                    throw new UnsupportedOperationException("not in offer tests: " + method.getName());
                }
                return attach((RecordRef) args[0], (String) args[1], (String) args[2], (InputStream) args[3]);
            });

    private StoredFile attach(RecordRef owner, String filename, String contentType, InputStream content) {
        try {
            Attached file = new Attached(ids.incrementAndGet(), owner, filename, contentType, content.readAllBytes());
            attached.add(file);
            return new StoredFile(file.id(), owner, filename, contentType, file.content().length, "", Instant.EPOCH,
                    "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
