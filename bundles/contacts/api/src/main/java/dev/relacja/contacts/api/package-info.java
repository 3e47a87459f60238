/** Counterparties (kontrahenci) and their contact persons: the address book every other module refers to by id. */
@Export
@Version("1.2.0")
package dev.relacja.contacts.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
