package dev.relacja.web.api;

import dev.relacja.core.api.security.Role;
import java.util.List;
import java.util.Map;

/**
 * A page of Relacja's web UI, with its menu entry, that a module bundle contributes by registering this
 * service: the shell at {@code /relacja/} lists it in the menu of every operator holding
 * {@link #requiredRole()}, and shows it when chosen by loading {@link #stylesheets()} and {@link #scripts()}.
 * Unregistering the service (the module's feature uninstalled) takes page and entry away.
 *
 * <p>A page's script registers itself with the shell's JavaScript API:
 * {@code Relacja.registerPage(id, {mount(element, context) {…}, unmount() {…}})}; it talks only to the REST
 * API, through {@code context.api}, which signs the calls in. The module serves its files itself, e.g. with an
 * HTTP whiteboard resource under {@link #MODULES_PATH}{@code <module>/}.
 *
 * <p>Two services with the same {@link #id()} are one page: the one with the higher {@code service.ranking}
 * wins, so a partner replaces a built-in page by ranking alone.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface WebPage {
    /** Optional service property with the page's id, so that others can select a page by filter. */
    String PAGE_ID_PROPERTY = "relacja.web.page";
    /** Where modules serve their pages' files: {@code /relacja/modules/<module>/…}. */
    String MODULES_PATH = "/relacja/modules/";
    /** The languages every page labels itself in. */
    List<String> LANGUAGES = List.of("pl", "en");

    /** The page's id, a lower-case word or words joined by dashes; also its address, {@code /relacja/#/<id>}. */
    String id();

    /** The menu label by language ({@code pl} and {@code en} at least; others are shown when chosen). */
    Map<String, String> labels();

    /** Where the entry sits in the menu: lower first. Relacja's modules use steps of 100. */
    int menuOrder();

    /** The least role that sees the page; a lower one gets neither the entry nor the page. */
    Role requiredRole();

    /** Absolute paths (or URLs) of the scripts the page needs, loaded in this order. */
    List<String> scripts();

    /** Absolute paths (or URLs) of the stylesheets the page needs. */
    default List<String> stylesheets() {
        return List.of();
    }
}
