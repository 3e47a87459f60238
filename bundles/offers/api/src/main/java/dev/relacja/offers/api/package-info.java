/**
 * Offers: commercial offers for one counterparty, with lines (catalogue items or free text), promotions,
 * payment and delivery terms, free text sections, VAT totals by the core's rules, and printouts.
 */
@Export
@Version("1.0.0")
package dev.relacja.offers.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
