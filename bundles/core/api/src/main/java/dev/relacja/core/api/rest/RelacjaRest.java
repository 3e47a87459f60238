package dev.relacja.core.api.rest;

/**
 * Service-property filters a module's JAX-RS resource uses to join Relacja's REST application at
 * {@code /relacja/api/v1} and its JSON and error handling.
 */
public final class RelacjaRest {
    /** For {@code @JaxrsApplicationSelect}. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=relacja)";
    /** For {@code @JaxrsExtensionSelect}: Relacja's JSON provider. */
    public static final String JSON_SELECT = "(osgi.jaxrs.name=relacja.json)";
    /** For {@code @JaxrsExtensionSelect}: Relacja's problem-details error mapping. */
    public static final String PROBLEMS_SELECT = "(osgi.jaxrs.name=relacja.problems)";

    private RelacjaRest() {
    }
}
