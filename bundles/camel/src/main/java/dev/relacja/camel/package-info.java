/**
 * The Camel runtime every Relacja module takes its {@link org.apache.camel.CamelContext} from:
 * Apache Camel 4.22 and Jakarta Mail embedded in one bundle, and a factory service.
 */
@Export
@Version("1.0.0")
package dev.relacja.camel;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
