package dev.relacja.mailbox.impl.inbound;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.mailbox.api.Classification;
import dev.relacja.mailbox.api.MailClassifier;
import dev.relacja.mailbox.api.MailMessage;
import dev.relacja.mailbox.impl.RecordTitles;
import dev.relacja.mailbox.impl.persistence.MessageReader;
import dev.relacja.mailbox.impl.persistence.RecordLinkStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partners' {@link MailClassifier}s, asked about each received message in ranking order; the records they
 * answer are linked to it with an audit entry naming the classifier. One that fails or names a record nobody knows
 * is logged and passed over.
 */
@Component(service = Classifiers.class)
public class Classifiers {
    private static final Logger LOG = LoggerFactory.getLogger(Classifiers.class);

    private record Entry(MailClassifier classifier, int ranking) {
    }

    private final MessageReader messages;
    private final RecordLinkStore links;
    private final RecordTitles titles;
    private final Map<MailClassifier, Entry> classifiers = new ConcurrentHashMap<>();

    @Activate
    public Classifiers(@Reference MessageReader messages, @Reference RecordLinkStore links,
            @Reference RecordTitles titles) {
        this.messages = messages;
        this.links = links;
        this.titles = titles;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addClassifier(MailClassifier classifier, Map<String, Object> properties) {
        Object ranking = properties.get("service.ranking");
        classifiers.put(classifier, new Entry(classifier, ranking instanceof Integer r ? r : 0));
    }

    public void removeClassifier(MailClassifier classifier) {
        classifiers.remove(classifier);
    }

    /** Asks every classifier about the stored message and files it under what they name. */
    public void classify(long messageId) {
        List<Entry> ordered = classifiers.values().stream()
                .sorted(Comparator.comparingInt(Entry::ranking).reversed()).toList();
        if (ordered.isEmpty()) {
            return;
        }
        Optional<MailMessage> message = messages.find(messageId);
        for (Entry entry : ordered) {
            String name = entry.classifier().getClass().getName();
            try {
                Classification verdict = entry.classifier().classify(message.orElseThrow());
                for (RecordRef record : verdict.records()) {
                    file(messageId, record, name, verdict.reason());
                }
            } catch (Exception e) {
                LOG.warn("Mail classifier {} failed on message {}; the message stays as it is: {}", name, messageId,
                        e.toString());
            }
        }
    }

    private void file(long messageId, RecordRef record, String classifier, String reason) {
        Optional<String> title = titles.title(record);
        if (title.isEmpty()) {
            LOG.warn("Mail classifier {} named {} for message {}, which no module knows; not linked", classifier, record,
                    messageId);
            return;
        }
        links.link(messageId, record, record + " (" + title.get() + ")" + (reason == null ? "" : ": " + reason),
                "classifier " + classifier);
    }
}
