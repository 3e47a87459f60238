package dev.relacja.documents.impl;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

/** Renderers built with their constructors, as DS would build them, plus the built-in templates. */
final class Renderers {

    private Renderers() {
    }

    static DocumentRendererImpl create() {
        return create(Duration.ofSeconds(20), 2, 16, RenderSettings.DEFAULT_OUTPUT_LIMIT);
    }

    static DocumentRendererImpl create(Duration timeLimit, int threads, int queue, int outputLimit) {
        DocumentRendererImpl renderer = new DocumentRendererImpl(new RenderSettings(timeLimit, threads, queue,
                outputLimit, Locale.forLanguageTag("pl-PL"), ZoneId.of("Europe/Warsaw")));
        renderer.addTemplateProvider(new BuiltInTemplates(),
                MapTemplateProvider.serviceProperties(-1, BuiltInTemplates.LAYOUT));
        return renderer;
    }

    /** A minimal XSL-FO document around the given flow content. */
    static String fo(String flow) {
        return fo("", flow);
    }

    static String fo(String rootAttributes, String flow) {
        return "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\" " + rootAttributes + ">"
                + "<fo:layout-master-set><fo:simple-page-master master-name=\"p\" page-width=\"210mm\" page-height=\"297mm\">"
                + "<fo:region-body margin=\"20mm\"/></fo:simple-page-master></fo:layout-master-set>"
                + "<fo:page-sequence master-reference=\"p\"><fo:flow flow-name=\"xsl-region-body\">"
                + flow
                + "</fo:flow></fo:page-sequence></fo:root>";
    }
}
