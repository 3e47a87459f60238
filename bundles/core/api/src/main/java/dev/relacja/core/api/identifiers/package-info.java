/** Validation and normalisation of Polish business identifiers (NIP, REGON) and bank account numbers (IBAN). */
@Export
@Version("1.0.0")
package dev.relacja.core.api.identifiers;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
