package dev.relacja.contacts.impl.persistence;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.ContactPersonDraft;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A contact person as stored in {@code contacts_person}. */
@Entity
@Table(name = "contacts_person")
public class ContactPersonEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "counterparty_id", nullable = false)
    private long counterpartyId;
    @Column(nullable = false)
    private String name;
    private String role;
    private String emails;
    private String phones;
    @Column(name = "email_consent", nullable = false)
    private boolean emailConsent;
    @Version
    private long version;

    protected ContactPersonEntity() {
    }

    public ContactPersonEntity(long counterpartyId, ContactPersonDraft draft) {
        this.counterpartyId = counterpartyId;
        apply(draft);
    }

    /** Takes every field of a validated draft. */
    public void apply(ContactPersonDraft draft) {
        this.name = draft.name();
        this.role = draft.role();
        this.emails = TextLists.lines(draft.emails());
        this.phones = TextLists.lines(draft.phones());
        this.emailConsent = draft.emailConsent();
    }

    public long version() {
        return version;
    }

    public ContactPerson toContactPerson() {
        return new ContactPerson(id, counterpartyId, name, role, TextLists.fromLines(emails),
                TextLists.fromLines(phones), emailConsent, version);
    }
}
