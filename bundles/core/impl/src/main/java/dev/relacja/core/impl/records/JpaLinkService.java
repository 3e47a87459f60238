package dev.relacja.core.impl.records;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.records.Link;
import dev.relacja.core.api.records.LinkService;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.core.impl.persistence.CoreSchema;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Links between records, checked against the modules' resolvers before they are stored. */
@Component
public class JpaLinkService implements LinkService {
    private final JpaTemplate jpa;
    private final CallerContext callers;
    private final RecordResolvers resolvers;
    private final DomainEvents events;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaLinkService(@Reference(target = "(osgi.unit.name=relacja-core)") JpaTemplate jpa,
            @Reference CallerContext callers, @Reference RecordResolvers resolvers, @Reference DomainEvents events,
            @Reference CoreSchema schema) {
        this.jpa = jpa;
        this.callers = callers;
        this.resolvers = resolvers;
        this.events = events;
    }

    @Override
    public Link link(RecordRef from, RecordRef to, String note) {
        Caller caller = callers.require(Role.OPERATOR);
        if (from.equals(to)) {
            throw new ValidationException("to", "a record cannot be linked to itself");
        }
        if (note != null && note.length() > 500) {
            throw new ValidationException("note", "a note is at most 500 characters");
        }
        resolvers.requireTitle(from);
        String toTitle = resolvers.requireTitle(to);
        boolean ordered = LinkEntity.inOrder(from, to);
        RecordRef first = ordered ? from : to;
        RecordRef second = ordered ? to : from;
        Link link = jpa.txExpr(TransactionType.Required, em -> {
            boolean exists = !em.createQuery("select l.id from LinkEntity l where l.aType = :at and l.aId = :ai"
                            + " and l.bType = :bt and l.bId = :bi", Long.class)
                    .setParameter("at", first.type()).setParameter("ai", first.id())
                    .setParameter("bt", second.type()).setParameter("bi", second.id())
                    .getResultList().isEmpty();
            if (exists) {
                throw new ConflictException("to", from + " and " + to + " are linked already");
            }
            LinkEntity entity = new LinkEntity(first, second, note, clock.instant(), caller.username());
            em.persist(entity);
            em.flush();
            return entity.seenFrom(from, toTitle);
        });
        events.publishAfterCommit("core", "LINK_CREATED", Map.of(RelacjaEvents.ID, link.id(),
                "from", from.toString(), "to", to.toString(), RelacjaEvents.OPERATOR, caller.username()));
        return link;
    }

    @Override
    public void unlink(long linkId) {
        Caller caller = callers.require(Role.OPERATOR);
        jpa.tx(TransactionType.Required, em -> {
            LinkEntity entity = em.find(LinkEntity.class, linkId);
            if (entity == null) {
                throw new NotFoundException("Link", linkId);
            }
            em.remove(entity);
        });
        events.publishAfterCommit("core", "LINK_REMOVED", Map.of(RelacjaEvents.ID, linkId,
                RelacjaEvents.OPERATOR, caller.username()));
    }

    @Override
    public List<Link> linksOf(RecordRef record) {
        callers.require(Role.VIEWER);
        resolvers.requireTitle(record);
        List<LinkEntity> links = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select l from LinkEntity l where (l.aType = :t and l.aId = :i) or (l.bType = :t and l.bId = :i)"
                                + " order by l.createdAt desc, l.id desc", LinkEntity.class)
                .setParameter("t", record.type()).setParameter("i", record.id())
                .getResultList());
        // a far end whose module is gone or whose record was removed still shows, untitled
        return links.stream().map(l -> {
            RecordRef other = l.a().equals(record) ? l.b() : l.a();
            String title;
            try {
                title = resolvers.title(other).orElse(null);
            } catch (ValidationException moduleNotInstalled) {
                title = null;
            }
            return l.seenFrom(record, title);
        }).toList();
    }
}
