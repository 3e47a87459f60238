package dev.relacja.mailbox.impl.templates;

import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.mailbox.api.MailTemplateDraft;
import dev.relacja.mailbox.api.MailTemplateService;
import dev.relacja.mailbox.api.MailTemplateText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Checks a template an admin saves, every field at once; answers the draft as it will be stored. */
final class TemplateChecks {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_SUBJECT = 2000;
    private static final int MAX_BODY = 200_000;

    private TemplateChecks() {
    }

    static MailTemplateDraft checked(String code, MailTemplateDraft draft, Set<String> recordTypes) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "'" + code + "' is not a template code: lowercase letters, digits and "
                    + "hyphens, at most 64, e.g. invoice-en"));
        }
        if (draft == null) {
            throw new ValidationException(errors.isEmpty() ? List.of(new FieldError("body", "a template is required"))
                    : errors);
        }
        String name = FieldChecks.text(errors, "name", draft.name(), 200, true);
        String recordType = draft.recordType() == null || draft.recordType().isBlank() ? null : draft.recordType().strip();
        if (recordType != null && !recordTypes.contains(recordType)) {
            errors.add(new FieldError("recordType", "no installed module gives placeholders for records of type '"
                    + recordType + "'; known: " + String.join(", ", recordTypes)));
        }
        if (draft.texts().isEmpty()) {
            errors.add(new FieldError("texts", "texts are required: a subject and a text in pl or en"));
        }
        Map<String, MailTemplateText> texts = new TreeMap<>();
        draft.texts().forEach((language, text) -> {
            String field = "texts." + language;
            if (!MailTemplateService.LANGUAGES.contains(language)) {
                errors.add(new FieldError(field, "'" + language + "' is not a language of templates; use pl or en"));
            } else if (text == null) {
                errors.add(new FieldError(field, field + " is empty"));
            } else {
                String subject = FieldChecks.text(errors, field + ".subject", text.subject(), MAX_SUBJECT, true);
                String body = FieldChecks.text(errors, field + ".text", text.text(), MAX_BODY, true);
                String html = FieldChecks.text(errors, field + ".html", text.html(), MAX_BODY, false);
                texts.put(language, new MailTemplateText(subject, body, html));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new MailTemplateDraft(name, recordType, texts);
    }
}
