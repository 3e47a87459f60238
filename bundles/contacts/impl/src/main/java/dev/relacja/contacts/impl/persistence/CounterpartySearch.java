package dev.relacja.contacts.impl.persistence;

import dev.relacja.contacts.api.CounterpartyQuery;
import dev.relacja.core.api.error.ValidationException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/** Builds the JPQL for a counterparty filter: the same conditions for the page and for the total. */
final class CounterpartySearch {
    private static final Map<String, String> SORTS = Map.of(
            "code", "c.code",
            "name", "c.name",
            "updatedAt", "c.updatedAt");

    private final String where;
    private final Map<String, Object> parameters = new HashMap<>();
    private final String orderBy;

    CounterpartySearch(CounterpartyQuery query) {
        StringBuilder conditions = new StringBuilder(" where 1 = 1");
        // LOCATE, not LIKE: under Derby's territory collation LIKE compares through the collator
        // character by character, some fifty times slower; searchText is lower case already
        if (query.text() != null && !query.text().isBlank()) {
            conditions.append(" and locate(:text, c.searchText) > 0");
            parameters.put("text", query.text().strip().toLowerCase(Locale.ROOT));
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            conditions.append(" and locate(:tag, c.tags) > 0");
            parameters.put("tag", "," + query.tag().strip().toLowerCase(Locale.ROOT) + ",");
        }
        if (query.ownerId() != null) {
            conditions.append(" and c.ownerId = :owner");
            parameters.put("owner", query.ownerId());
        }
        if (query.status() != null) {
            conditions.append(" and c.status = :status");
            parameters.put("status", query.status().name());
        }
        this.where = conditions.toString();
        this.orderBy = orderBy(query.sort());
    }

    TypedQuery<CounterpartyEntity> page(EntityManager em) {
        return bind(em.createQuery("select c from CounterpartyEntity c" + where + orderBy, CounterpartyEntity.class));
    }

    TypedQuery<Long> count(EntityManager em) {
        return bind(em.createQuery("select count(c) from CounterpartyEntity c" + where, Long.class));
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String orderBy(String sort) {
        String key = sort == null || sort.isBlank() ? "name" : sort.strip();
        boolean descending = key.startsWith("-");
        String column = SORTS.get(descending ? key.substring(1) : key);
        if (column == null) {
            throw new ValidationException("sort", "sort by code, name or updatedAt, with a leading - for descending");
        }
        String direction = descending ? " desc" : " asc";
        // the id breaks ties, so paging through equal names neither skips nor repeats rows
        return " order by " + column + direction + ", c.id" + direction;
    }
}
