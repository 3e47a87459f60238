package dev.relacja.contacts.impl.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** One lower-cased address of a counterparty (no person) or of one of its contact persons, in {@code contacts_email_address}. */
@Entity
@Table(name = "contacts_email_address")
public class EmailAddressEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "address", nullable = false)
    String address;
    @Column(name = "counterparty_id", nullable = false)
    long counterpartyId;
    @Column(name = "contact_person_id")
    Long contactPersonId;

    protected EmailAddressEntity() {
    }

    EmailAddressEntity(String address, long counterpartyId, Long contactPersonId) {
        this.address = address;
        this.counterpartyId = counterpartyId;
        this.contactPersonId = contactPersonId;
    }
}
