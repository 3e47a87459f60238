package dev.relacja.mailbox.impl.templates;

import dev.relacja.documents.api.TemplateProvider;
import dev.relacja.mailbox.api.MailTemplateText;
import dev.relacja.mailbox.impl.persistence.TemplateStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Serves the message templates kept in the database to the platform's template engine, under
 * {@value TemplateNames#FOLDER}; also drafts an admin is saving, for the moment they are checked.
 */
@Component(service = {TemplateProvider.class, StoredTemplateProvider.class},
        property = TemplateProvider.TEMPLATE_NAMES + "=" + TemplateNames.FOLDER + "*")
public class StoredTemplateProvider implements TemplateProvider {
    private final TemplateStore store;
    private final Map<String, String> drafts = new ConcurrentHashMap<>();
    private final AtomicLong draftNumbers = new AtomicLong();

    @Activate
    public StoredTemplateProvider(@Reference TemplateStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> open(String name) {
        String draft = drafts.get(name);
        if (draft != null) {
            return Optional.of(draft);
        }
        return TemplateNames.parse(name).flatMap(part -> store.text(part.code(), part.version(), part.language())
                .map(text -> part(text, part.part())));
    }

    /** Offers {@code text} under a fresh name while {@code use} runs with that name. */
    <T> T withDraft(String part, String text, Function<String, T> use) {
        String name = TemplateNames.draft(draftNumbers.incrementAndGet(), part);
        drafts.put(name, text);
        try {
            return use.apply(name);
        } finally {
            drafts.remove(name);
        }
    }

    private static String part(MailTemplateText text, String part) {
        return switch (part) {
            case TemplateNames.SUBJECT -> text.subject();
            case TemplateNames.TEXT -> text.text();
            default -> text.html() == null ? "" : text.html();
        };
    }
}
