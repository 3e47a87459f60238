package dev.relacja.contacts.impl.persistence;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyStatus;
import dev.relacja.contacts.api.EmailOwner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;

/** The address index: rewritten for an owner with each write of it, read by exact address. */
final class EmailAddresses {
    private EmailAddresses() {
    }

    static void of(EntityManager em, Counterparty counterparty) {
        List<String> addresses = new ArrayList<>(counterparty.emails());
        if (counterparty.billingEmail() != null) {
            addresses.add(counterparty.billingEmail());
        }
        em.createQuery("delete from EmailAddressEntity e where e.counterpartyId = :c and e.contactPersonId is null")
                .setParameter("c", counterparty.id()).executeUpdate();
        normalised(addresses).forEach(a -> em.persist(new EmailAddressEntity(a, counterparty.id(), null)));
    }

    static void of(EntityManager em, ContactPerson person) {
        forget(em, person.id());
        normalised(person.emails()).forEach(a -> em.persist(new EmailAddressEntity(a, person.counterpartyId(), person.id())));
    }

    static void forget(EntityManager em, long contactPersonId) {
        em.createQuery("delete from EmailAddressEntity e where e.contactPersonId = :p")
                .setParameter("p", contactPersonId).executeUpdate();
    }

    /** A contact person's address first, then an active counterparty's, then the oldest. */
    static Optional<EmailOwner> owner(EntityManager em, String address) {
        return em.createQuery("select e.counterpartyId, e.contactPersonId, c.status from EmailAddressEntity e,"
                        + " CounterpartyEntity c where e.address = :a and c.id = e.counterpartyId", Object[].class)
                .setParameter("a", address.strip().toLowerCase(Locale.ROOT)).getResultList().stream()
                .sorted(Comparator.<Object[], Boolean>comparing(row -> row[1] == null)
                        .thenComparing(row -> !CounterpartyStatus.ACTIVE.name().equals(row[2]))
                        .thenComparing(row -> (Long) row[0]))
                .findFirst().map(row -> new EmailOwner((Long) row[0], (Long) row[1]));
    }

    private static Set<String> normalised(List<String> addresses) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String address : addresses) {
            if (address != null && !address.isBlank() && address.strip().length() <= 254) {
                distinct.add(address.strip().toLowerCase(Locale.ROOT));
            }
        }
        return distinct;
    }
}
