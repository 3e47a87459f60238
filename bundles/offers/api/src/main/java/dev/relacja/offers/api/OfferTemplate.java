package dev.relacja.offers.api;

import java.time.Instant;

/**
 * A print template for offers: a built-in one ({@code formal}, {@code compact}; {@code builtIn}, version 0, never
 * changed) or one an admin uploaded, an XSL-FO template in the platform's FreeMarker, run sandboxed. {@code code}
 * is what printouts and sending name ({@code template=…}); {@code basedOn} the built-in it was copied from, if
 * any; {@code text} is null in lists.
 */
public record OfferTemplate(
        String code,
        String name,
        boolean builtIn,
        String basedOn,
        String text,
        long version,
        Instant updatedAt,
        String updatedBy) {
}
