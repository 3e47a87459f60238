/** Operators, their roles and the caller of the current request, established by the edge from the JAAS Subject. */
@Export
@Version("1.0.0")
package dev.relacja.core.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
