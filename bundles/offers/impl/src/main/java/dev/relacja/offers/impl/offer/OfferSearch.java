package dev.relacja.offers.impl.offer;

import dev.relacja.offers.api.OfferQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/** An offer search turned into JPQL with bound parameters; newest issue date first. */
final class OfferSearch {
    private final List<String> predicates = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    OfferSearch(OfferQuery query) {
        if (query.counterpartyId() != null) {
            condition("o.counterpartyId = :counterparty", "counterparty", query.counterpartyId());
        }
        if (query.status() != null) {
            condition("o.status = :status", "status", query.status().name());
        }
    }

    private void condition(String predicate, String name, Object value) {
        predicates.add(predicate);
        parameters.put(name, value);
    }

    /** No "1 = 1" seed: a literal comparison makes EclipseLink inline every parameter. */
    private String where() {
        return predicates.isEmpty() ? "" : " where " + String.join(" and ", predicates);
    }

    TypedQuery<OfferEntity> page(EntityManager em) {
        return bind(em.createQuery("select o from OfferEntity o" + where() + " order by o.issueDate desc, o.id desc",
                OfferEntity.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("select count(o) from OfferEntity o" + where(), Long.class));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
