package dev.relacja.documents.impl;

import dev.relacja.documents.api.RenderingException;
import dev.relacja.documents.api.RenderingException.Reason;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateConfiguration;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.time.ZoneId;

/**
 * FreeMarker in its safe configuration: no class resolution ({@code ?new} instantiates nothing), no
 * {@code ?api}, the safe object wrapper, templates only from the whiteboard, and the output format
 * (hence the escaping) chosen by the name: XML for {@code *.fo.ftl}, HTML for {@code *.html.ftl},
 * plain text for {@code *.txt.ftl}. Failures become {@link RenderingException}s naming template and line.
 */
final class TemplateEngine {

    static final String FO_SUFFIX = ".fo.ftl";
    static final Version FREEMARKER = Configuration.VERSION_2_3_34;

    private final InterruptibleConfiguration configuration;
    private final int outputLimit;

    TemplateEngine(TemplateRegistry registry, Locale locale, ZoneId zone, int outputLimit) {
        this.outputLimit = outputLimit;
        configuration = new InterruptibleConfiguration(FREEMARKER);
        configuration.setTemplateLoader(new WhiteboardTemplateLoader(registry));
        configuration.setLocalizedLookup(false);
        configuration.setTemplateUpdateDelayMilliseconds(5_000);
        configuration.setTemplateConfigurations(outputFormatsByName());
        configuration.setObjectWrapper(new TemplateObjectWrapper(FREEMARKER, zone));
        configuration.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        configuration.setLocale(locale);
        configuration.setTimeZone(TimeZone.getTimeZone(zone));
        configuration.setDateFormat("dd.MM.yyyy");
        configuration.setDateTimeFormat("dd.MM.yyyy HH:mm");
        configuration.setTimeFormat("HH:mm");
    }

    private static FirstMatchTemplateConfigurationFactory outputFormatsByName() {
        return new FirstMatchTemplateConfigurationFactory(
                outputFormat("*" + FO_SUFFIX, XMLOutputFormat.INSTANCE),
                outputFormat("*.html.ftl", HTMLOutputFormat.INSTANCE),
                outputFormat("*.txt.ftl", PlainTextOutputFormat.INSTANCE))
                .allowNoMatch(true);
    }

    private static ConditionalTemplateConfigurationFactory outputFormat(String glob, OutputFormat format) {
        TemplateConfiguration settings = new TemplateConfiguration();
        settings.setOutputFormat(format);
        return new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher(glob), settings);
    }

    /** Forgets parsed templates, e.g. when a provider comes or goes. */
    void clearCache() {
        configuration.clearTemplateCache();
    }

    /** Runs the named template over the model; on the calling thread, which the caller bounds in time. */
    String render(String name, Map<String, Object> model) {
        Template template = load(name);
        OutputLimitWriter out = new OutputLimitWriter(outputLimit);
        try {
            template.process(model == null ? Map.of() : model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw failed(name, e);
        } catch (OutputLimitWriter.LimitExceededException e) {
            throw new RenderingException(Reason.TEMPLATE_ERROR, name, 0,
                    "Template '" + name + "' produced more than " + outputLimit
                            + " characters and was stopped; does it loop over more than it should?", e);
        } catch (IOException e) {
            throw new RenderingException(Reason.TEMPLATE_ERROR, name, 0,
                    "Template '" + name + "' could not be rendered: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new RenderingException(Reason.TEMPLATE_ERROR, name, 0,
                    "Template '" + name + "' recursed too deeply (a macro or function that calls itself without end?)",
                    null);
        }
    }

    /** Loads (so parses) the named template; returns its name, for the bounded executor's callable. */
    String check(String name) {
        return load(name).getName();
    }

    private Template load(String name) {
        try {
            return configuration.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new RenderingException(Reason.UNKNOWN_TEMPLATE, name, 0,
                    "No template named '" + name + "' is registered (no TemplateProvider offers it)", e);
        } catch (MalformedTemplateNameException e) {
            throw new RenderingException(Reason.UNKNOWN_TEMPLATE, name, 0,
                    "'" + name + "' is not a valid template name: " + e.getMalformednessDescription(), e);
        } catch (ParseException e) {
            throw syntaxError(name, e);
        } catch (IOException e) {
            // FreeMarker remembers a failed parse and then throws this, the parse error as its cause
            if (e.getCause() instanceof ParseException parse) {
                throw syntaxError(name, parse);
            }
            throw new RenderingException(Reason.TEMPLATE_ERROR, name, 0,
                    "Template '" + name + "' could not be loaded: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // a provider's open() failed
            throw new RenderingException(Reason.TEMPLATE_ERROR, name, 0,
                    "The provider of template '" + name + "' failed: " + e, e);
        }
    }

    private static RenderingException syntaxError(String name, ParseException e) {
        String where = e.getTemplateName() == null || e.getTemplateName().equals(name)
                ? "" : " (in '" + e.getTemplateName() + "')";
        return new RenderingException(Reason.TEMPLATE_ERROR, name, e.getLineNumber(),
                "Template '" + name + "' has a syntax error at line " + e.getLineNumber() + ", column "
                        + e.getColumnNumber() + where + ": " + oneLine(e.getEditorMessage()), e);
    }

    private static RenderingException failed(String name, TemplateException e) {
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        String source = e.getTemplateSourceName();
        String where = line == 0 ? "" : " at line " + line;
        if (source != null && !source.equals(name)) {
            where += " of '" + source + "'";
        }
        return new RenderingException(Reason.TEMPLATE_ERROR, name, line,
                "Template '" + name + "' failed" + where + ": " + description(e), e);
    }

    /** FreeMarker's description without its tips and FTL stack trace, on one line. */
    private static String description(TemplateException e) {
        String message = e.getMessageWithoutStackTop();
        int tips = message.indexOf("\n----");
        return oneLine(tips < 0 ? message : message.substring(0, tips));
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\n\\s*", " ");
    }
}
