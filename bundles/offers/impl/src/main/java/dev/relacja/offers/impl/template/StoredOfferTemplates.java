package dev.relacja.offers.impl.template;

import dev.relacja.documents.api.TemplateProvider;
import dev.relacja.offers.api.OfferPrintouts;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Serves admins' offer templates to the platform's template engine as {@code offers/user/<code>/v<version>.fo.ftl}
 * (the version in the name, since the engine keeps a parsed template for a few seconds), and texts being checked
 * or previewed before they are saved, under a name of their own for that moment.
 */
@Component(service = {TemplateProvider.class, StoredOfferTemplates.class},
        property = TemplateProvider.TEMPLATE_NAMES + "=" + StoredOfferTemplates.FOLDER + "*")
public class StoredOfferTemplates implements TemplateProvider {
    static final String FOLDER = "offers/user/";
    private static final String SUFFIX = ".fo.ftl";
    /** Drafts' folder: "_" is not allowed in codes. */
    private static final String DRAFTS = FOLDER + "_draft/";

    private final OfferTemplateStore store;
    private final Map<String, String> drafts = new ConcurrentHashMap<>();
    private final AtomicLong draftNumbers = new AtomicLong();

    @Activate
    public StoredOfferTemplates(@Reference OfferTemplateStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> open(String name) {
        String draft = drafts.get(name);
        if (draft != null) {
            return Optional.of(draft);
        }
        if (!name.startsWith(FOLDER) || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        String path = name.substring(FOLDER.length(), name.length() - SUFFIX.length());
        int slash = path.indexOf("/v");
        if (slash < 1) {
            return Optional.empty();
        }
        try {
            return store.text(path.substring(0, slash), Long.parseLong(path.substring(slash + 2)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether offers can print with {@code code}: a built-in template or an admin's one. */
    public boolean exists(String code) {
        return OfferPrintouts.FORMAL.equals(code) || OfferPrintouts.COMPACT.equals(code)
                || store.version(code).isPresent();
    }

    /** The engine's name of the template {@code code} as it is now; empty when there is no such template. */
    public Optional<String> nameOf(String code) {
        return store.version(code).map(version -> FOLDER + code + "/v" + version + SUFFIX);
    }

    /** Offers {@code text} under a fresh name while {@code use} runs with that name. */
    public <T> T withDraft(String text, Function<String, T> use) {
        String name = DRAFTS + draftNumbers.incrementAndGet() + SUFFIX;
        drafts.put(name, text);
        try {
            return use.apply(name);
        } finally {
            drafts.remove(name);
        }
    }
}
