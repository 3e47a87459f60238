/** The seller's own data, from which every document takes its seller block. */
@Export
@Version("1.0.0")
package dev.relacja.core.api.company;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
