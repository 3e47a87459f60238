/** Document numbering series: number patterns such as "FS/{n}/{MM}/{yyyy}" and when their counters restart. */
@Export
@Version("1.0.0")
package dev.relacja.core.api.numbering;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
