/** The web UI's extension point: pages and menu entries that module bundles register as services. */
@Export
@Version("1.0.0")
package dev.relacja.web.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
