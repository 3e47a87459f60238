/**
 * Printing and templates: {@link dev.relacja.documents.api.DocumentRenderer} turns a named FreeMarker
 * template and a data model into a PDF (through XSL-FO) or into text, and
 * {@link dev.relacja.documents.api.TemplateProvider} is the whiteboard through which modules and
 * partner bundles provide those templates; {@link dev.relacja.documents.api.TemplateModelProvider} gives
 * templates about a record (e-mails, other modules' printouts) that record's placeholders, and
 * {@link dev.relacja.documents.api.PrintoutProvider} prints a record for sending.
 */
@Export
@Version("1.1.0")
package dev.relacja.documents.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
