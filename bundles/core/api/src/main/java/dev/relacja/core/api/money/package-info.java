/** Money amounts and Polish VAT: rates, and invoice totals computed per rate as the VAT act requires. */
@Export
@Version("1.0.0")
package dev.relacja.core.api.money;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
