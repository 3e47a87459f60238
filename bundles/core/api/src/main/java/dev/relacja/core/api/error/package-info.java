/** Errors every Relacja service raises and every edge translates the same way (REST problem details, shell messages). */
@Export
@Version("1.0.0")
package dev.relacja.core.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
