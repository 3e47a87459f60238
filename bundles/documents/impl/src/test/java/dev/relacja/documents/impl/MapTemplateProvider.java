package dev.relacja.documents.impl;

import dev.relacja.documents.api.TemplateProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A template provider over a map, registered with the renderer as DS would, with a ranking. */
class MapTemplateProvider implements TemplateProvider {

    private static long nextServiceId = 1000;

    private final Map<String, String> templates = new ConcurrentHashMap<>();

    MapTemplateProvider with(String name, String text) {
        templates.put(name, text);
        return this;
    }

    @Override
    public Optional<String> open(String name) {
        return Optional.ofNullable(templates.get(name));
    }

    /** The service properties DS would pass: the names offered, the ranking, a fresh service.id. */
    Map<String, Object> properties(int ranking) {
        return serviceProperties(ranking, templates.keySet().toArray(new String[0]));
    }

    static synchronized Map<String, Object> serviceProperties(int ranking, String... names) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(TEMPLATE_NAMES, names);
        properties.put(TemplateRegistry.SERVICE_RANKING, ranking);
        properties.put(TemplateRegistry.SERVICE_ID, nextServiceId++);
        return properties;
    }

    MapTemplateProvider registerWith(DocumentRendererImpl renderer, int ranking) {
        renderer.addTemplateProvider(this, properties(ranking));
        return this;
    }
}
