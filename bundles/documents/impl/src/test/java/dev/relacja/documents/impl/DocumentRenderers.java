package dev.relacja.documents.impl;

import dev.relacja.documents.api.TemplateProvider;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * The real document renderer outside OSGi, for other modules' tests (this module's test-jar): only this package reaches its
 * settings and its DS bind, unbind and deactivate methods, so this bridge lives in it.
 */
public final class DocumentRenderers {

    private DocumentRenderers() {
    }

    /** A renderer as DS builds it with the default configuration, with the shared layout registered. */
    public static DocumentRendererImpl create() {
        return create(Duration.ofSeconds(30));
    }

    /** The same renderer stopping a template after {@code timeLimit}, for tests of templates that never end. */
    public static DocumentRendererImpl create(Duration timeLimit) {
        DocumentRendererImpl renderer = new DocumentRendererImpl(new RenderSettings(timeLimit, 2, 16,
                RenderSettings.DEFAULT_OUTPUT_LIMIT, Locale.forLanguageTag("pl-PL"), ZoneId.of("Europe/Warsaw")));
        register(renderer, new BuiltInTemplates(), -1, BuiltInTemplates.LAYOUT);
        return renderer;
    }

    /** Registers a provider as DS would bind it, with its names and ranking. */
    public static void register(DocumentRendererImpl renderer, TemplateProvider provider, int ranking, String... names) {
        renderer.addTemplateProvider(provider, Map.of(TemplateProvider.TEMPLATE_NAMES, names,
                TemplateRegistry.SERVICE_RANKING, ranking));
    }

    public static void unregister(DocumentRendererImpl renderer, TemplateProvider provider) {
        renderer.removeTemplateProvider(provider);
    }

    public static void shutdown(DocumentRendererImpl renderer) {
        renderer.deactivate();
    }
}
