/** Customer-service procedures: templates of ordered steps, started for a counterparty as a main task with one sub-task per step. */
@Export
@Version("1.0.0")
package dev.relacja.procedures.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
