package dev.relacja.camel;

import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Builds a started {@link CamelContext} for one module, named {@code relacja-<module>}, whose
 * routes resolve beans and resources first in the Camel runtime and then in the calling bundle.
 *
 * <p>Take it with a plain {@code @Reference} in the one DS component of your bundle that owns the
 * routes, create the context on activate and {@link CamelContext#stop() stop} it on deactivate;
 * a context still running when the calling bundle releases the service is stopped for it.
 * Stopping waits at most a few seconds for in-flight exchanges.
 *
 * <p>Components available: {@code timer}, {@code scheduler}, {@code quartz}, {@code file},
 * {@code smtp(s)}/{@code imap(s)}/{@code pop3(s)}, {@code bean}, {@code direct}, {@code seda},
 * {@code log}, and the simple language.
 *
 * <p>Mail in Camel 4.22: a sending endpoint ignores the {@code Subject} header unless it says
 * {@code useHeaderSubject=true}, and likewise {@code To}/{@code Cc}/{@code Bcc} without
 * {@code useHeaderRecipients=true} and {@code From} without {@code useHeaderFrom=true} (the option
 * descriptions claim otherwise; the endpoint's own {@code subject}, {@code to}, {@code from} apply).
 * Its default {@code contentType=text/plain} names no charset while the body goes out as UTF-8, so
 * Polish text arrives garbled: say {@code contentType=text/plain;charset=UTF-8} (or text/html).
 * A receiving endpoint hands over headers still RFC 2047-encoded ({@code =?UTF-8?Q?…?=}) unless
 * it says {@code mimeDecodeHeaders=true}. Received mail must go through
 * {@link InboundMailHeaders#removeRoutingHeaders} before its headers reach another endpoint.
 */
@ProviderType
public interface CamelContextFactory {

    /**
     * Creates, starts and returns a context named {@code relacja-<moduleName>} running the given
     * routes. The caller owns it and stops it.
     *
     * @param moduleName lower-case module name such as {@code invoicing} ({@code [a-z0-9-]+})
     * @param routes     the module's routes, added before the context starts
     * @throws IllegalArgumentException if the module name is not of that form
     * @throws org.apache.camel.RuntimeCamelException if a route cannot be added or started; the
     *         half-built context is stopped first
     */
    CamelContext create(String moduleName, RoutesBuilder... routes);
}
