/** Extension points of the contacts module that other modules and partner bundles implement. */
@Export
@Version("1.0.0")
package dev.relacja.contacts.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
