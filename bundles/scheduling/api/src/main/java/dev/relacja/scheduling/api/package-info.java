/** The calendar of activities and tasks, operators' working hours and daily load, and private iCalendar feeds. */
@Export
@Version("1.0.0")
package dev.relacja.scheduling.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
