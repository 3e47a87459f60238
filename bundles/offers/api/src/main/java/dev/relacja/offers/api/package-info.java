/**
 * Offers: commercial offers for one counterparty, with lines (catalogue items or free text), promotions,
 * payment and delivery terms, free text sections, VAT totals by the core's rules, and printouts; numbered when
 * first sent by e-mail, with frozen revisions and their differences, acceptance of one revision, rejection and
 * expiry; serial offers: one offer content for many counterparties, each with its own prices.
 */
@Export
@Version("1.4.0")
package dev.relacja.offers.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
