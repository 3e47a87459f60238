package dev.relacja.mailbox.impl;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordResolver;
import dev.relacja.mailbox.impl.persistence.MessageReader;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Tells the core that {@code mail-message:<id>} exists (files and links hang off messages) and titles it by its subject. */
@Component(property = RecordResolver.TYPES + "=" + MailRecords.TYPE)
public class MailRecords implements RecordResolver {
    public static final String TYPE = "mail-message";

    private final MessageReader messages;

    @Activate
    public MailRecords(@Reference MessageReader messages) {
        this.messages = messages;
    }

    @Override
    public Optional<String> title(RecordRef record) {
        return TYPE.equals(record.type()) ? messages.title(record.id()) : Optional.empty();
    }
}
