package dev.relacja.invoicing.impl.catalogue;

import dev.relacja.core.api.error.ValidationException;
import dev.relacja.invoicing.api.CatalogueQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/** Turns a {@link CatalogueQuery} into JPQL; the order always ends in the id so that pages never overlap. */
final class CatalogueSearch {
    private static final Map<String, String> ORDERS = Map.of(
            "code", "i.codeKey", "name", "i.name", "netPrice", "i.netPrice", "updated", "i.updatedAt");

    private final List<String> predicates = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private final String orderBy;

    CatalogueSearch(CatalogueQuery query) {
        if (query.active() != null) {
            condition("i.active = :active", "active", CatalogueItemEntity.flag(query.active()));
        }
        if (query.kind() != null) {
            condition("i.kind = :kind", "kind", query.kind().name());
        }
        if (query.text() != null && !query.text().isBlank()) {
            condition("locate(:text, i.searchText) > 0", "text", query.text().strip().toLowerCase(Locale.ROOT));
        }
        orderBy = orderBy(query.sort());
    }

    private void condition(String predicate, String name, Object value) {
        predicates.add(predicate);
        parameters.put(name, value);
    }

    /** No "1 = 1" seed: a literal comparison makes EclipseLink inline every parameter, so Derby compiles each query anew. */
    private String where() {
        return predicates.isEmpty() ? "" : " where " + String.join(" and ", predicates);
    }

    private static String orderBy(String sort) {
        String key = sort == null || sort.isBlank() ? "code" : sort.strip();
        boolean descending = key.startsWith("-");
        String column = ORDERS.get(descending ? key.substring(1) : key);
        if (column == null) {
            throw new ValidationException("sort", "sort by one of " + CatalogueQuery.SORTS
                    + " (\"-\" in front for descending), not '" + key + "'");
        }
        String direction = descending ? " desc" : "";
        return " order by " + column + direction + ", i.id" + direction;
    }

    TypedQuery<CatalogueItemEntity> page(EntityManager em) {
        return bind(em.createQuery("select i from CatalogueItemEntity i" + where() + orderBy, CatalogueItemEntity.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("select count(i) from CatalogueItemEntity i" + where(), Long.class));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
