package dev.relacja.documents.impl;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

/** The renderer's settings, from its configuration ({@link DocumentRendererImpl.Config}). */
record RenderSettings(Duration timeLimit, int threads, int queueCapacity, int outputLimit, Locale locale, ZoneId zone) {

    /** A template's output is cut off beyond this many characters (about 5,000 pages of XSL-FO). */
    static final int DEFAULT_OUTPUT_LIMIT = 16 * 1024 * 1024;

    static RenderSettings from(DocumentRendererImpl.Config config) {
        if (config.renderTimeoutSeconds() < 1 || config.renderThreads() < 1 || config.maxQueuedRenders() < 0) {
            throw new IllegalArgumentException("renderTimeoutSeconds and renderThreads must be at least 1,"
                    + " maxQueuedRenders at least 0");
        }
        return new RenderSettings(Duration.ofSeconds(config.renderTimeoutSeconds()), config.renderThreads(),
                config.maxQueuedRenders(), DEFAULT_OUTPUT_LIMIT, Locale.forLanguageTag(config.locale()),
                ZoneId.of(config.timeZone()));
    }
}
