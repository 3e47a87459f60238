/** Paged, sorted lists, as every list in Relacja's services and REST API is answered. */
@Export
@Version("1.0.0")
package dev.relacja.core.api.paging;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
