package dev.relacja.documents.impl;

import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs what FOP reports while typesetting (a missing glyph, an image it may not load, overflowing
 * content) with the template's name, so an administrator knows which template to fix.
 */
final class FopEventLog implements EventListener {

    private static final Logger LOG = LoggerFactory.getLogger(FopEventLog.class);

    private final String templateName;

    FopEventLog(String templateName) {
        this.templateName = templateName;
    }

    @Override
    public void processEvent(Event event) {
        EventSeverity severity = event.getSeverity();
        if (severity == EventSeverity.INFO) {
            if (LOG.isDebugEnabled()) {
                LOG.debug("Template {}: {}", templateName, EventFormatter.format(event));
            }
        } else {
            LOG.warn("Template {}: {}", templateName, EventFormatter.format(event));
        }
    }
}
