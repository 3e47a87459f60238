package dev.relacja.mailbox.impl.templates;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names under which the platform's engine renders stored templates:
 * {@code mail/templates/<code>/<version>/<language>/<part>}. The version in the name makes an edit visible at
 * once, though the engine reuses a parsed template for a few seconds. Drafts being checked before they are
 * saved are named {@code mail/templates/draft/<n>/<part>}.
 */
final class TemplateNames {
    static final String FOLDER = "mail/templates/";
    static final String SUBJECT = "subject.txt.ftl";
    static final String TEXT = "text.txt.ftl";
    static final String HTML = "html.html.ftl";

    private static final Pattern STORED = Pattern.compile(
            "mail/templates/([a-z0-9][a-z0-9-]*)/(\\d+)/([a-z]{2})/(subject\\.txt\\.ftl|text\\.txt\\.ftl|html\\.html\\.ftl)");

    /** A part of a stored template at one version. */
    record Stored(String code, long version, String language, String part) {
        String name() {
            return FOLDER + code + "/" + version + "/" + language + "/" + part;
        }
    }

    private TemplateNames() {
    }

    static Optional<Stored> parse(String name) {
        Matcher m = STORED.matcher(name);
        return m.matches() ? Optional.of(new Stored(m.group(1), Long.parseLong(m.group(2)), m.group(3), m.group(4)))
                : Optional.empty();
    }

    static String draft(long n, String part) {
        return FOLDER + "draft/" + n + "/" + part;
    }
}
