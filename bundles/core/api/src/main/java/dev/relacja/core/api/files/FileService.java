package dev.relacja.core.api.files;

import dev.relacja.core.api.records.RecordRef;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Attaches files to records, lists them and streams their content back. */
@ProviderType
public interface FileService {

    /** Stores {@code content} (read to its end) and attaches it to {@code owner}, which must exist. */
    StoredFile attach(RecordRef owner, String filename, String contentType, InputStream content);

    /**
     * Attaches several files in one transaction, in their order: all of them or, when one is refused, none. For
     * callers that attach many at once, such as an invoice run's printouts.
     */
    List<StoredFile> attachAll(List<NewFile> files);

    List<StoredFile> filesOf(RecordRef owner);

    Optional<StoredFile> find(long fileId);

    /** The content of a stored file; the caller closes the stream. */
    InputStream open(long fileId);

    /** Removes the attachment; the content goes too once nothing else refers to it. */
    void detach(long fileId);
}
