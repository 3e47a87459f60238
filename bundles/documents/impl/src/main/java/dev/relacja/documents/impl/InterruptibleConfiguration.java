package dev.relacja.documents.impl;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.Version;
import java.io.IOException;
import java.util.Locale;

/**
 * A FreeMarker configuration whose templates stop when their thread is interrupted: every template it
 * loads, included and imported ones too (they all come through this method), gets FreeMarker's
 * interruption checks in its loops, so the render time limit can end a template that loops forever.
 * Without them the only way out would be a thread that never comes back.
 */
final class InterruptibleConfiguration extends Configuration {

    private static final String INTERRUPTIBLE = "relacja.interruptible";

    InterruptibleConfiguration(Version incompatibleImprovements) {
        super(incompatibleImprovements);
    }

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
            boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
        if (template != null) {
            // templates are cached and shared between threads: add the checks exactly once
            synchronized (template) {
                if (template.getCustomAttribute(INTERRUPTIBLE) == null) {
                    // FreeMarker's own (internal) support, the one its online template tester relies on
                    _CoreAPI.addThreadInterruptedChecks(template);
                    template.setCustomAttribute(INTERRUPTIBLE, Boolean.TRUE);
                }
            }
        }
        return template;
    }
}
