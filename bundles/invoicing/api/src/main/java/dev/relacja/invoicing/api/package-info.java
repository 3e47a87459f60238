/**
 * Invoicing: the catalogue of goods and services, and sales and pro forma invoices with their lines, VAT
 * totals, lifecycle and payments, and their FA(3) export for KSeF; cyclic-invoice schemes and runs come next.
 */
@Export
@Version("1.2.0")
package dev.relacja.invoicing.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
