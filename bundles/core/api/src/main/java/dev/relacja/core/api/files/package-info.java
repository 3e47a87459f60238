/** Files attached to any record, stored once by content hash under relacja-data/files. */
@Export
@Version("1.1.0")
package dev.relacja.core.api.files;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
