/** References to any record of any module, links between them, and the SPI through which modules vouch for their records. */
@Export
@Version("1.1.0")
package dev.relacja.core.api.records;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
