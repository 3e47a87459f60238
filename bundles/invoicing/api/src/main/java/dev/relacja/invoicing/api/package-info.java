/**
 * Invoicing: for now the catalogue of goods and services that invoice lines, cyclic-invoice schemes and
 * offers pick from; invoices, schemes and runs come next.
 */
@Export
@Version("1.0.0")
package dev.relacja.invoicing.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
