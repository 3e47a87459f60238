/** The calendar of activities and tasks, operators' working hours and daily load, private iCalendar feeds, and alerts with their delivery channels. */
@Export
@Version("1.2.0")
package dev.relacja.scheduling.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
