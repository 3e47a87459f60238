package dev.relacja.core.api.files;

import dev.relacja.core.api.records.RecordRef;
import java.io.InputStream;

/** A file to attach: its record, name, media type and content (read to its end when attached). */
public record NewFile(RecordRef owner, String filename, String contentType, InputStream content) {
}
