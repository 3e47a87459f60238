package dev.relacja.documents.impl;

import dev.relacja.documents.impl.TemplateRegistry.ProvidedTemplate;
import freemarker.cache.TemplateLoader;
import java.io.Reader;
import java.io.StringReader;

/**
 * FreeMarker's only source of templates: the {@link TemplateRegistry}, never the file system or the
 * class path. A template counts as changed when another provider wins its name or its text changes.
 */
final class WhiteboardTemplateLoader implements TemplateLoader {

    private final TemplateRegistry registry;

    WhiteboardTemplateLoader(TemplateRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object findTemplateSource(String name) {
        return registry.find(name).orElse(null);
    }

    @Override
    public long getLastModified(Object templateSource) {
        // no time stamps on the whiteboard; the source's equality (provider and text) detects changes
        return ((ProvidedTemplate) templateSource).text().hashCode();
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) {
        return new StringReader(((ProvidedTemplate) templateSource).text());
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
        // nothing held open
    }

    @Override
    public String toString() {
        return "Relacja's TemplateProvider whiteboard";
    }
}
