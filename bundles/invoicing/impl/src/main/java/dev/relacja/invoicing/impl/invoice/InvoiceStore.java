package dev.relacja.invoicing.impl.invoice;

import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceParty;
import dev.relacja.invoicing.api.InvoiceQuery;
import dev.relacja.invoicing.api.InvoiceStatus;
import dev.relacja.invoicing.api.PaymentMethod;
import dev.relacja.invoicing.impl.persistence.InvoicingSchema;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Invoices in the database. Every change locks the invoice row and checks its status inside the write's
 * transaction, so two concurrent issues, payments or conversions queue and the second sees the first.
 * Who may write, and what makes a draft valid, are the service's concern.
 */
@Component(service = InvoiceStore.class)
public class InvoiceStore {
    private final JpaTemplate jpa;
    private final Clock clock;

    /** What issuing adds to a draft: its number and the parties' data, found inside the issuing transaction. */
    record Issue(String number, InvoiceParty seller, InvoiceParty buyer) {
    }

    @Activate
    public InvoiceStore(@Reference(target = "(osgi.unit.name=relacja-invoicing)") JpaTemplate jpa,
            @Reference InvoicingSchema schema) {
        this(jpa, Clock.systemUTC());
    }

    private InvoiceStore(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    /** A store outside OSGi, e.g. over a test database; DS uses the constructor above. */
    public static InvoiceStore over(JpaTemplate jpa, Clock clock) {
        return new InvoiceStore(jpa, clock);
    }

    Invoice create(InvoiceFields fields) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InvoiceEntity entity = new InvoiceEntity(fields, null, clock.instant());
            em.persist(entity);
            em.flush();
            return entity.toInvoice();
        });
    }

    Invoice update(long id, long expectedVersion, InvoiceFields fields) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InvoiceEntity entity = load(em, id);
            if (entity.version() != expectedVersion) {
                throw new StaleVersionException("Invoice", id, expectedVersion, entity.version());
            }
            requireStatus(entity, "changed", InvoiceStatus.DRAFT);
            entity.apply(fields, clock.instant());
            em.flush();
            return entity.toInvoice();
        });
    }

    /**
     * Numbers and freezes a draft: {@code issuer} checks the draft and allocates its number in this same
     * transaction, so when anything fails the number goes back with the rest.
     */
    Invoice issue(long id, Function<Invoice, Issue> issuer) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InvoiceEntity entity = load(em, id);
            requireStatus(entity, "issued", InvoiceStatus.DRAFT);
            Issue issue = issuer.apply(entity.toInvoice());
            entity.issue(issue.number(), issue.seller(), issue.buyer(), clock.instant());
            em.flush();
            return entity.toInvoice();
        });
    }

    Invoice markSent(long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InvoiceEntity entity = load(em, id);
            requireStatus(entity, "marked as sent", InvoiceStatus.ISSUED, InvoiceStatus.SENT);
            if (entity.status() == InvoiceStatus.ISSUED) {
                entity.setStatus(InvoiceStatus.SENT, clock.instant());
                em.flush();
            }
            return entity.toInvoice();
        });
    }

    Invoice registerPayment(long id, BigDecimal amount, LocalDate paidOn, PaymentMethod method, String operator) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InvoiceEntity entity = load(em, id);
            requireStatus(entity, "paid", InvoiceStatus.ISSUED, InvoiceStatus.SENT);
            if (entity.kind() == InvoiceKind.PRO_FORMA) {
                throw new ConflictException("kind", "a pro forma is not paid; convert it to a sales invoice and pay that");
            }
            if (paidOn.isBefore(entity.issueDate())) {
                throw new ValidationException("paidOn", "the payment date " + paidOn + " is before the issue date "
                        + entity.issueDate());
            }
            BigDecimal due = entity.gross().subtract(entity.paid());
            if (amount.compareTo(due) > 0) {
                throw new ValidationException("amount", "the payment " + amount.toPlainString() + " is more than the "
                        + due.toPlainString() + " still due; overpayments are not registered");
            }
            entity.addPayment(new InvoicePaymentEntity(entity, amount, paidOn, method, operator, clock.instant()), amount,
                    clock.instant());
            em.flush();
            return entity.toInvoice();
        });
    }

    Invoice cancel(long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InvoiceEntity entity = load(em, id);
            requireStatus(entity, "cancelled", InvoiceStatus.DRAFT, InvoiceStatus.ISSUED, InvoiceStatus.SENT);
            if (entity.paid().signum() > 0) {
                throw new ConflictException("status", "invoice " + id + " has payments of " + entity.paid().toPlainString()
                        + " registered; it cannot be cancelled (a correcting invoice will do that)");
            }
            entity.setStatus(InvoiceStatus.CANCELLED, clock.instant());
            em.flush();
            return entity.toInvoice();
        });
    }

    /** A new sales draft from {@code toSales} of the pro forma, which then names it; a pro forma converts once. */
    Invoice convert(long id, Function<Invoice, InvoiceFields> toSales) {
        return jpa.txExpr(TransactionType.Required, em -> {
            InvoiceEntity proForma = load(em, id);
            if (proForma.kind() != InvoiceKind.PRO_FORMA) {
                throw new ConflictException("kind", "invoice " + id + " is a sales invoice; only a pro forma converts");
            }
            if (proForma.convertedToId() != null) {
                throw new ConflictException("convertedToId", "pro forma " + id + " was already converted to invoice "
                        + proForma.convertedToId());
            }
            requireStatus(proForma, "converted", InvoiceStatus.DRAFT, InvoiceStatus.ISSUED, InvoiceStatus.SENT);
            InvoiceEntity sales = new InvoiceEntity(toSales.apply(proForma.toInvoice()), id, clock.instant());
            em.persist(sales);
            em.flush();
            proForma.convertedTo(sales.id(), clock.instant());
            em.flush();
            return sales.toInvoice();
        });
    }

    Optional<Invoice> find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(InvoiceEntity.class, id))
                .map(InvoiceEntity::toInvoice));
    }

    /** What a record title shows of an invoice — kind, number, status — read without its lines and payments. */
    Optional<String> title(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "select i.kind, i.number, i.status from InvoiceEntity i where i.id = :id", Object[].class)
                .setParameter("id", id).getResultList().stream().findFirst()
                .map(row -> InvoiceRecords.title(InvoiceKind.valueOf((String) row[0]), (String) row[1],
                        InvoiceStatus.valueOf((String) row[2]), id)));
    }

    /** What the counterparty timeline shows of an invoice, read without its lines. */
    record TimelineRow(long id, InvoiceKind kind, String number, InvoiceStatus status, BigDecimal gross,
            String currency, Instant updatedAt) {
    }

    /** Up to {@code limit} of the counterparty's invoices, the latest changed first. */
    List<TimelineRow> timeline(long counterpartyId, int limit) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select i.id, i.kind, i.number, i.status,"
                        + " i.gross, i.currency, i.updatedAt from InvoiceEntity i where i.counterpartyId = :counterparty"
                        + " order by i.updatedAt desc, i.id desc", Object[].class)
                .setParameter("counterparty", counterpartyId).setMaxResults(limit).getResultList().stream()
                .map(row -> new TimelineRow((Long) row[0], InvoiceKind.valueOf((String) row[1]), (String) row[2],
                        InvoiceStatus.valueOf((String) row[3]), (BigDecimal) row[4], (String) row[5],
                        (Instant) row[6]))
                .toList());
    }

    Optional<Invoice> findByNumber(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select i from InvoiceEntity i where i.number = :number", InvoiceEntity.class)
                .setParameter("number", number.strip())
                .getResultList().stream().findFirst().map(InvoiceEntity::toInvoice));
    }

    Page<Invoice> search(InvoiceQuery query, PageRequest page) {
        InvoiceSearch search = new InvoiceSearch(query);
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Invoice> items = search.page(em).setFirstResult(page.offset()).setMaxResults(page.size())
                    .getResultList().stream().map(InvoiceEntity::toInvoice).toList();
            long total = items.size() < page.size() && (page.page() == 0 || !items.isEmpty())
                    ? (long) page.offset() + items.size()
                    : search.count(em).getSingleResult();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    /** Issued or sent, so not fully paid, and due before {@code asOf}; oldest due first. */
    List<Invoice> overdue(Long counterpartyId, LocalDate asOf) {
        String jpql = "select i from InvoiceEntity i where i.status in ('ISSUED', 'SENT') and i.kind = 'SALES'"
                + " and i.dueDate < :asOf" + (counterpartyId == null ? "" : " and i.counterpartyId = :counterparty")
                + " order by i.dueDate, i.id";
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery(jpql, InvoiceEntity.class).setParameter("asOf", asOf);
            if (counterpartyId != null) {
                query.setParameter("counterparty", counterpartyId);
            }
            return query.getResultList().stream().map(InvoiceEntity::toInvoice).toList();
        });
    }

    /**
     * The counterparty's sales invoices issued by {@code day} and not fully paid at its end: issued or sent ones,
     * and paid ones with a payment after that day; oldest first. What each still owed then follows from its
     * payments. For the printouts in another package of this bundle.
     */
    public List<Invoice> unpaidOn(long counterpartyId, LocalDate day) {
        String jpql = "select i from InvoiceEntity i where i.counterpartyId = :counterparty and i.kind = 'SALES'"
                + " and i.issueDate <= :day and (i.status in ('ISSUED', 'SENT') or (i.status = 'PAID' and exists"
                + " (select p from InvoicePaymentEntity p where p.invoice = i and p.paidOn > :day)))"
                + " order by i.issueDate, i.id";
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(jpql, InvoiceEntity.class)
                .setParameter("counterparty", counterpartyId).setParameter("day", day)
                .getResultList().stream().map(InvoiceEntity::toInvoice).toList());
    }

    private static void requireStatus(InvoiceEntity entity, String action, InvoiceStatus... allowed) {
        if (!List.of(allowed).contains(entity.status())) {
            throw new ConflictException("status", "invoice " + entity.id() + " is " + entity.status()
                    + " and cannot be " + action + (entity.status() == InvoiceStatus.DRAFT ? ""
                    : "; an issued invoice is frozen"));
        }
    }

    private static InvoiceEntity load(EntityManager em, long id) {
        InvoiceEntity entity = em.find(InvoiceEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (entity == null) {
            throw new NotFoundException("Invoice", id);
        }
        return entity;
    }
}
