package dev.relacja.documents.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A {@link TemplateProvider} that reads UTF-8 templates from its own bundle's resources, under a root
 * folder. Extend it with a DS component; name the service explicitly, since DS registers only the
 * interfaces a class implements directly:
 *
 * <pre>
 * &#64;Component(service = TemplateProvider.class,
 *         property = TemplateProvider.TEMPLATE_NAMES + "=contacts/counterparty-card.fo.ftl")
 * public class ContactsTemplates extends ResourceTemplateProvider {
 *     public ContactsTemplates() { super("templates/"); }
 * }
 * </pre>
 */
@ConsumerType
public abstract class ResourceTemplateProvider implements TemplateProvider {

    private final String root;

    /** @param root the resource folder that holds the templates, e.g. {@code templates/} */
    protected ResourceTemplateProvider(String root) {
        this.root = root.endsWith("/") ? root : root + "/";
    }

    @Override
    public Optional<String> open(String name) {
        if (name.startsWith("/") || name.contains("..") || name.contains("\\")) {
            return Optional.empty();
        }
        // the subclass's class loader: the resources of the bundle that registered the provider
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(root + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template resource " + root + name, e);
        }
    }
}
