package dev.relacja.mailbox.api;

import java.util.Map;

/** What an admin writes into a template; see {@link MailTemplate} for the fields. */
public record MailTemplateDraft(String name, String recordType, Map<String, MailTemplateText> texts) {
    public MailTemplateDraft {
        texts = texts == null ? Map.of() : Map.copyOf(texts);
    }
}
