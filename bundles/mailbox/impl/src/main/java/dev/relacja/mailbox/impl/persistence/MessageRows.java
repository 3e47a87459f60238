package dev.relacja.mailbox.impl.persistence;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.mailbox.api.MailAttachment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;

/** The rows hanging off a message: the records it is about and its files. */
final class MessageRows {
    private MessageRows() {
    }

    static void addRecords(EntityManager em, long messageId, List<RecordRef> records) {
        records.stream().distinct().forEach(r -> em.persist(new MailRecordEntity(messageId, r.type(), r.id())));
    }

    static void addAttachments(EntityManager em, long messageId, List<MailAttachment> attachments) {
        for (int i = 0; i < attachments.size(); i++) {
            MailAttachment a = attachments.get(i);
            em.persist(new MailAttachmentEntity(messageId, i, a.fileId(), a.filename(), a.contentType(), a.size()));
        }
    }

    static List<RecordRef> records(EntityManager em, long messageId) {
        return em.createQuery("select r from MailRecordEntity r where r.messageId = :m order by r.recordType, r.recordId",
                        MailRecordEntity.class)
                .setParameter("m", messageId).getResultList().stream()
                .map(r -> new RecordRef(r.recordType, r.recordId)).toList();
    }

    /** The files of several messages in one query, by message. */
    static Map<Long, List<MailAttachment>> attachments(EntityManager em, List<Long> messageIds) {
        Map<Long, List<MailAttachment>> files = new HashMap<>();
        em.createQuery("select a from MailAttachmentEntity a where a.messageId in :m order by a.messageId, a.position",
                        MailAttachmentEntity.class)
                .setParameter("m", messageIds).getResultList()
                .forEach(a -> files.computeIfAbsent(a.messageId, id -> new ArrayList<>())
                        .add(new MailAttachment(a.fileId, a.filename, a.contentType, a.size)));
        return files;
    }

    static List<MailAttachment> attachments(EntityManager em, long messageId) {
        return em.createQuery("select a from MailAttachmentEntity a where a.messageId = :m order by a.position",
                        MailAttachmentEntity.class)
                .setParameter("m", messageId).getResultList().stream()
                .map(a -> new MailAttachment(a.fileId, a.filename, a.contentType, a.size)).toList();
    }
}
