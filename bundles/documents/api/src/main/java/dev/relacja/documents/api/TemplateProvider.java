package dev.relacja.documents.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Provides templates by name; modules and partner bundles register it as a plain DS component with
 * the service property {@value #TEMPLATE_NAMES} listing the names it offers. When several providers
 * offer the same name, the one with the highest {@code service.ranking} wins: Relacja's built-in
 * templates are registered with ranking -1, so a partner overrides one by offering its name.
 *
 * <p>Names are paths with {@code /} (e.g. {@code contacts/counterparty-card.fo.ftl}); the first step
 * names the module. Templates include or import each other by these names
 * ({@code <#import "/documents/layout.fo.ftl" as layout>}). A template whose text changes is picked up
 * within a few seconds.
 */
@ConsumerType
public interface TemplateProvider {

    /**
     * Service property (a string or string array): the template names this provider offers. A name ending in
     * {@code /*} offers every name in that folder and below, for providers whose templates change at run time
     * (e.g. {@code mail/templates/*}, kept in the database); such names should carry a version, since a
     * parsed template is reused for a few seconds before its text is read again.
     */
    String TEMPLATE_NAMES = "relacja.template.names";

    /**
     * The text of the named template, or empty when this provider has no such template (then a
     * lower-ranked provider of that name is asked).
     */
    Optional<String> open(String name);
}
