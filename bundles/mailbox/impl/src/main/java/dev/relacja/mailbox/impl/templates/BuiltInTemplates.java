package dev.relacja.mailbox.impl.templates;

import dev.relacja.mailbox.api.MailTemplateDraft;
import dev.relacja.mailbox.api.MailTemplateService;
import dev.relacja.mailbox.api.MailTemplateText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The templates Relacja ships, read from this bundle's {@code mail-templates/} resources. */
final class BuiltInTemplates {
    private static final String ROOT = "mail-templates/";

    private BuiltInTemplates() {
    }

    /** By code. */
    static Map<String, MailTemplateDraft> all() {
        Properties index = new Properties();
        try (Reader in = new InputStreamReader(resource("built-in.properties"), StandardCharsets.UTF_8)) {
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, MailTemplateDraft> drafts = new TreeMap<>();
        for (String code : index.stringPropertyNames()) {
            String[] typeAndName = index.getProperty(code).split("\\|", 2);
            Map<String, MailTemplateText> texts = new LinkedHashMap<>();
            for (String language : MailTemplateService.LANGUAGES) {
                texts.put(language, new MailTemplateText(read(code, language, TemplateNames.SUBJECT),
                        read(code, language, TemplateNames.TEXT), null));
            }
            drafts.put(code, new MailTemplateDraft(typeAndName[1].strip(), typeAndName[0].strip(), texts));
        }
        return drafts;
    }

    private static String read(String code, String language, String part) {
        try (InputStream in = resource(code + "/" + language + "/" + part)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = BuiltInTemplates.class.getClassLoader().getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("The mailbox bundle lacks its resource " + ROOT + path);
        }
        return in;
    }
}
