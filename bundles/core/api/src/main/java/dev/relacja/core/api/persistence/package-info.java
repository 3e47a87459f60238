/** Schema migrations that each module owns and runs before its first use of JPA. */
@Export
@Version("1.0.0")
package dev.relacja.core.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
