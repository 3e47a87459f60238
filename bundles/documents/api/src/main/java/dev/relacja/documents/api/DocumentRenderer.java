package dev.relacja.documents.api;

import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders a named template with a data model: to PDF for printouts, to text or HTML for e-mails, so a
 * placeholder means the same everywhere. Templates come from the registered {@link TemplateProvider}s;
 * every failure is a {@link RenderingException} that names the template and, where known, the line.
 *
 * <p>The model is a map of plain values (strings, numbers, {@code BigDecimal}, {@code java.time} values,
 * booleans, lists, maps and records or beans of those); templates see its keys as top-level variables.
 */
@ProviderType
public interface DocumentRenderer {

    /**
     * Renders an XSL-FO template (its name ends with {@code .fo.ftl}; values are XML-escaped) and
     * typesets the result into a PDF with the fonts embedded.
     *
     * @throws RenderingException when the template is unknown, fails, produces invalid XSL-FO, or does
     *         not finish in time
     */
    byte[] renderPdf(String templateName, Map<String, Object> model);

    /**
     * Renders a text template: names ending with {@code .html.ftl} produce HTML with values
     * HTML-escaped, names ending with {@code .txt.ftl} plain text as it is.
     *
     * @throws RenderingException when the template is unknown, fails, or does not finish in time
     */
    String renderText(String templateName, Map<String, Object> model);

    /**
     * Reads and parses the named template without running it, e.g. to check a template an administrator
     * saved: syntax errors are reported with their line, unknown placeholders only when it runs.
     *
     * @throws RenderingException when the template is unknown or not valid FreeMarker
     */
    void check(String templateName);

    /** The names of all templates the registered providers offer, e.g. for an administrator's list. */
    Set<String> templateNames();
}
