/** Topic names for domain events posted on OSGi EventAdmin, so partner bundles can react. */
@Export
@Version("1.0.0")
package dev.relacja.core.api.events;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
