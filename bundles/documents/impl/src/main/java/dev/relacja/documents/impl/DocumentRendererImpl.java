package dev.relacja.documents.impl;

import dev.relacja.documents.api.DocumentRenderer;
import dev.relacja.documents.api.RenderingException;
import dev.relacja.documents.api.RenderingException.Reason;
import dev.relacja.documents.api.TemplateProvider;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The document renderer: FreeMarker over the template whiteboard, then FOP for PDFs, all on the
 * bounded rendering executor within the time limit.
 */
@Component(service = DocumentRenderer.class, configurationPid = DocumentRendererImpl.PID)
@Designate(ocd = DocumentRendererImpl.Config.class)
public class DocumentRendererImpl implements DocumentRenderer {

    static final String PID = "dev.relacja.documents";
    private static final Logger LOG = LoggerFactory.getLogger(DocumentRendererImpl.class);

    /** Configuration PID {@value #PID} (etc/dev.relacja.documents.cfg). */
    @ObjectClassDefinition(name = "Relacja documents",
            description = "Rendering of printouts (FreeMarker to XSL-FO to PDF) and e-mail texts")
    public @interface Config {
        @AttributeDefinition(description = "Seconds a document may take, waiting in the queue included, before"
                + " it is stopped with an error")
        int renderTimeoutSeconds() default 20;

        @AttributeDefinition(description = "Documents rendered at the same time")
        int renderThreads() default 2;

        @AttributeDefinition(description = "Documents that may wait for a rendering thread; more are refused"
                + " at once as busy")
        int maxQueuedRenders() default 16;

        @AttributeDefinition(description = "Locale (BCP 47) for numbers and dates in templates")
        String locale() default "pl-PL";

        @AttributeDefinition(description = "Time zone in which templates show dates and times")
        String timeZone() default "Europe/Warsaw";
    }

    private final TemplateRegistry registry = new TemplateRegistry();
    private final TemplateEngine templates;
    private final PdfTypesetter typesetter;
    private final RenderExecutor executor;

    @Activate
    public DocumentRendererImpl(Config config) {
        this(RenderSettings.from(config));
    }

    DocumentRendererImpl(RenderSettings settings) {
        templates = new TemplateEngine(registry, settings.locale(), settings.zone(), settings.outputLimit());
        typesetter = new PdfTypesetter();
        executor = new RenderExecutor(settings.threads(), settings.queueCapacity(), settings.timeLimit());
        LOG.info("Document rendering ready: {} threads, time limit {} s", settings.threads(),
                settings.timeLimit().toSeconds());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeTemplateProvider", updated = "updatedTemplateProvider")
    void addTemplateProvider(TemplateProvider provider, Map<String, Object> properties) {
        registry.add(provider, properties);
        templates.clearCache();
    }

    void updatedTemplateProvider(TemplateProvider provider, Map<String, Object> properties) {
        registry.update(provider, properties);
        templates.clearCache();
    }

    void removeTemplateProvider(TemplateProvider provider) {
        registry.remove(provider);
        templates.clearCache();
    }

    @Deactivate
    void deactivate() {
        executor.shutdown();
    }

    @Override
    public byte[] renderPdf(String templateName, Map<String, Object> model) {
        if (templateName == null || !templateName.endsWith(TemplateEngine.FO_SUFFIX)) {
            throw new RenderingException(Reason.UNKNOWN_TEMPLATE, templateName, "Template '" + templateName
                    + "' is not an XSL-FO template: PDFs are made from templates named *" + TemplateEngine.FO_SUFFIX);
        }
        return executor.run(templateName, () -> typesetter.typeset(templateName, templates.render(templateName, model)));
    }

    @Override
    public String renderText(String templateName, Map<String, Object> model) {
        if (templateName == null) {
            throw new RenderingException(Reason.UNKNOWN_TEMPLATE, null, "No template name given");
        }
        return executor.run(templateName, () -> templates.render(templateName, model));
    }

    @Override
    public void check(String templateName) {
        if (templateName == null) {
            throw new RenderingException(Reason.UNKNOWN_TEMPLATE, null, "No template name given");
        }
        executor.run(templateName, () -> templates.check(templateName));
    }

    @Override
    public Set<String> templateNames() {
        return registry.names();
    }
}
