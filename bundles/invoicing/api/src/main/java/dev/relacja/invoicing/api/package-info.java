/**
 * Invoicing: the catalogue of goods and services; sales and pro forma invoices with their lines, VAT
 * totals, lifecycle and payments, their printouts and their FA(3) export for KSeF; cyclic-invoice schemes,
 * their participants and their runs.
 */
@Export
@Version("1.3.0")
package dev.relacja.invoicing.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
