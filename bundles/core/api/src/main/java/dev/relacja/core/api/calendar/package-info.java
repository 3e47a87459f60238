/** Polish statutory public holidays and business-day arithmetic for deadlines such as payment terms. */
@Export
@Version("1.0.0")
package dev.relacja.core.api.calendar;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
