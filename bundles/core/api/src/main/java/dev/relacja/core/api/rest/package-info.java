/** What module REST resources share: the application they join, and the version checks behind ETag and If-Match. */
@Export
@Version("1.0.0")
package dev.relacja.core.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
