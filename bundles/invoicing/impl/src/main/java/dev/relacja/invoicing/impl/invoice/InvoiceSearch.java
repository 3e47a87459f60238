package dev.relacja.invoicing.impl.invoice;

import dev.relacja.invoicing.api.InvoiceQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/** An invoice search turned into JPQL with bound parameters; newest issue date first. */
final class InvoiceSearch {
    private final List<String> predicates = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    InvoiceSearch(InvoiceQuery query) {
        if (query.counterpartyId() != null) {
            condition("i.counterpartyId = :counterparty", "counterparty", query.counterpartyId());
        }
        if (query.status() != null) {
            condition("i.status = :status", "status", query.status().name());
        }
        if (query.kind() != null) {
            condition("i.kind = :kind", "kind", query.kind().name());
        }
        if (query.issuedFrom() != null) {
            condition("i.issueDate >= :from", "from", query.issuedFrom());
        }
        if (query.issuedTo() != null) {
            condition("i.issueDate <= :to", "to", query.issuedTo());
        }
        if (query.text() != null && !query.text().isBlank()) {
            condition("locate(:text, i.searchText) > 0", "text", query.text().strip().toLowerCase(Locale.ROOT));
        }
    }

    private void condition(String predicate, String name, Object value) {
        predicates.add(predicate);
        parameters.put(name, value);
    }

    /** No "1 = 1" seed: a literal comparison makes EclipseLink inline every parameter (see CatalogueSearch). */
    private String where() {
        return predicates.isEmpty() ? "" : " where " + String.join(" and ", predicates);
    }

    TypedQuery<InvoiceEntity> page(EntityManager em) {
        return bind(em.createQuery("select i from InvoiceEntity i" + where() + " order by i.issueDate desc, i.id desc",
                InvoiceEntity.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("select count(i) from InvoiceEntity i" + where(), Long.class));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
