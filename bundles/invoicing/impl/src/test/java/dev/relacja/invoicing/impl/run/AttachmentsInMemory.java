package dev.relacja.invoicing.impl.run;

import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.files.NewFile;
import dev.relacja.core.api.files.StoredFile;
import dev.relacja.core.api.records.RecordRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A file service that keeps what runs attach in memory and remembers each batch's size; it reads no content back. */
final class AttachmentsInMemory implements FileService {
    final List<StoredFile> attached = new ArrayList<>();
    final List<Integer> batches = new ArrayList<>();

    @Override
    public synchronized List<StoredFile> attachAll(List<NewFile> files) {
        batches.add(files.size());
        List<StoredFile> stored = new ArrayList<>();
        for (NewFile file : files) {
            try (InputStream in = file.content()) {
                stored.add(new StoredFile(attached.size() + stored.size() + 1L, file.owner(), file.filename(),
                        file.contentType(), in.readAllBytes().length, "", Instant.EPOCH, "run"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        attached.addAll(stored);
        return stored;
    }

    @Override
    public StoredFile attach(RecordRef owner, String filename, String contentType, InputStream content) {
        return attachAll(List.of(new NewFile(owner, filename, contentType, content))).get(0);
    }

    @Override
    public synchronized List<StoredFile> filesOf(RecordRef owner) {
        return attached.stream().filter(f -> f.owner().equals(owner)).toList();
    }

    @Override
    public Optional<StoredFile> find(long fileId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public InputStream open(long fileId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void detach(long fileId) {
        throw new UnsupportedOperationException();
    }
}
