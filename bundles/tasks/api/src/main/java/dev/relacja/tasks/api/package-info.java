/** Activities (registered contacts with customers) and tasks: one record kind with a type, owners, sub-task trees and a work log. */
@Export
@Version("1.2.0")
package dev.relacja.tasks.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
