package dev.relacja.mailbox.impl;

import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.files.FileService;
import dev.relacja.core.api.files.StoredFile;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.mailbox.api.MailAddress;
import dev.relacja.mailbox.api.MailAttachment;
import dev.relacja.mailbox.api.OutgoingMail;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks an outgoing message field by field and answers it in the outbox's terms; every problem is named at once. */
final class OutgoingChecks {
    static final int MAX_RECIPIENTS = 100;
    private static final Pattern RECORD_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    final List<MailAddress> to;
    final List<MailAddress> cc;
    final List<MailAddress> bcc;
    final String subject;
    final String text;
    final List<MailAttachment> attachments;

    OutgoingChecks(OutgoingMail mail, FileService files, boolean recipientsRequired) {
        List<FieldError> errors = new ArrayList<>();
        to = addresses(errors, "to", mail.to());
        cc = addresses(errors, "cc", mail.cc());
        bcc = addresses(errors, "bcc", mail.bcc());
        int recipients = to.size() + cc.size() + bcc.size();
        if (recipientsRequired && recipients == 0) {
            errors.add(new FieldError("to", "to is required: at least one recipient"));
        }
        if (recipients > MAX_RECIPIENTS) {
            errors.add(new FieldError("to", recipients + " recipients; at most " + MAX_RECIPIENTS
                    + " (a serial send job sends one message to each of many)"));
        }
        subject = FieldChecks.text(errors, "subject", mail.subject(), 998, false);
        if (mail.text() == null || mail.text().isBlank()) {
            errors.add(new FieldError("text", "text is required"));
        } else if (mail.text().length() > 1_000_000) {
            errors.add(new FieldError("text", "text is " + mail.text().length() + " characters long; at most 1000000"));
        }
        text = mail.text();
        attachments = attachments(errors, mail.fileIds(), files);
        for (RecordRef record : mail.records()) {
            if (record == null || !RECORD_TYPE.matcher(record.type()).matches() || record.id() <= 0) {
                errors.add(new FieldError("records", "'" + record + "' is not a record reference such as invoice:7"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static List<MailAddress> addresses(List<FieldError> errors, String field, List<String> values) {
        List<MailAddress> addresses = new ArrayList<>();
        for (String value : values) {
            try {
                InternetAddress address = new InternetAddress(value == null ? "" : value.strip(), true);
                address.validate();
                addresses.add(new MailAddress(address.getAddress(), address.getPersonal()));
            } catch (AddressException e) {
                errors.add(new FieldError(field, "'" + value + "' is not an e-mail address"));
            }
        }
        return addresses;
    }

    private static List<MailAttachment> attachments(List<FieldError> errors, List<Long> fileIds, FileService files) {
        List<MailAttachment> attachments = new ArrayList<>();
        for (Long id : fileIds) {
            Optional<StoredFile> file = id == null ? Optional.empty() : files.find(id);
            if (file.isEmpty()) {
                errors.add(new FieldError("fileIds", "there is no file " + id));
            } else {
                StoredFile f = file.get();
                attachments.add(new MailAttachment(f.id(), f.filename(), f.contentType(), f.size()));
            }
        }
        return attachments;
    }
}
