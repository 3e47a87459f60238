package dev.relacja.mailbox.impl.persistence;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.mailbox.api.MailTemplate;
import dev.relacja.mailbox.api.MailTemplateDraft;
import dev.relacja.mailbox.api.MailTemplateText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The message templates in {@code mail_template}; callers have checked roles and input. */
@Component(service = TemplateStore.class)
public class TemplateStore {
    private final JpaTemplate jpa;
    private final Clock clock;

    @Activate
    public TemplateStore(@Reference(target = "(osgi.unit.name=relacja-mailbox)") JpaTemplate jpa,
            @Reference MailboxSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private TemplateStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi (tests), over a migrated database. */
    public static TemplateStore over(JpaTemplate jpa, Clock clock) {
        return new TemplateStore(jpa, clock);
    }

    public List<MailTemplate> list() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, List<MailTemplateTextEntity>> texts = em.createQuery("select x from MailTemplateTextEntity x",
                    MailTemplateTextEntity.class).getResultStream()
                    .collect(Collectors.groupingBy(x -> x.templateId));
            return em.createQuery("select t from MailTemplateEntity t order by t.code", MailTemplateEntity.class)
                    .getResultStream().map(t -> t.toApi(texts.getOrDefault(t.id, List.of()))).toList();
        });
    }

    public Optional<MailTemplate> find(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> entity(em, code).map(t -> t.toApi(texts(em, t.id))));
    }

    /** One language of the template as it is at {@code version}; empty when it has changed since. */
    public Optional<MailTemplateText> text(String code, long version, String language) {
        return jpa.txExpr(TransactionType.Supports, em -> entity(em, code)
                .filter(t -> t.version == version)
                .flatMap(t -> texts(em, t.id).stream().filter(x -> x.language.equals(language)).findFirst())
                .map(MailTemplateTextEntity::toApi));
    }

    public MailTemplate create(String code, MailTemplateDraft draft, boolean builtIn, String by) {
        return jpa.txExpr(TransactionType.Required, em -> {
            if (entity(em, code).isPresent()) {
                throw new ConflictException("code", "A mail template '" + code + "' exists already");
            }
            MailTemplateEntity created = new MailTemplateEntity(code, builtIn);
            created.write(draft.name(), draft.recordType(), clock.instant(), by);
            try {
                em.persist(created);
                em.flush();
            } catch (PersistenceException e) {
                // another admin created it a moment ago (mail_template_code)
                throw new ConflictException("code", "A mail template '" + code + "' exists already");
            }
            return created.toApi(writeTexts(em, created.id, draft));
        });
    }

    public MailTemplate update(String code, long expectedVersion, MailTemplateDraft draft, String by) {
        return jpa.txExpr(TransactionType.Required, em -> {
            MailTemplateEntity existing = entity(em, code).orElseThrow(() -> new NotFoundException("Mail template", code));
            if (existing.version != expectedVersion) {
                throw new StaleVersionException("Mail template", code, expectedVersion, existing.version);
            }
            existing.write(draft.name(), draft.recordType(), clock.instant(), by);
            // a new version even when only texts change: rendered names carry it
            em.lock(existing, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return existing.toApi(writeTexts(em, existing.id, draft));
        });
    }

    public void delete(String code) {
        jpa.tx(TransactionType.Required, em -> {
            MailTemplateEntity existing = entity(em, code).orElseThrow(() -> new NotFoundException("Mail template", code));
            if (existing.builtIn == 1) {
                throw new ConflictException("code", "Mail template '" + code
                        + "' is built in and cannot be deleted; change its text instead");
            }
            writeTexts(em, existing.id, new MailTemplateDraft(null, null, Map.of()));
            em.remove(existing);
        });
    }

    /** Replaces the template's texts by the draft's. */
    private static List<MailTemplateTextEntity> writeTexts(EntityManager em, long templateId, MailTemplateDraft draft) {
        em.createQuery("delete from MailTemplateTextEntity x where x.templateId = :id").setParameter("id", templateId)
                .executeUpdate();
        List<MailTemplateTextEntity> written = new ArrayList<>();
        draft.texts().forEach((language, text) -> {
            MailTemplateTextEntity row = new MailTemplateTextEntity(templateId, language, text);
            em.persist(row);
            written.add(row);
        });
        return written;
    }

    private static List<MailTemplateTextEntity> texts(EntityManager em, long templateId) {
        return em.createQuery("select x from MailTemplateTextEntity x where x.templateId = :id",
                MailTemplateTextEntity.class).setParameter("id", templateId).getResultList();
    }

    private static Optional<MailTemplateEntity> entity(EntityManager em, String code) {
        return em.createQuery("select t from MailTemplateEntity t where t.code = :code", MailTemplateEntity.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
