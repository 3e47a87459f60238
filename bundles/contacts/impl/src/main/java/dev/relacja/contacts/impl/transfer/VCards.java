package dev.relacja.contacts.impl.transfer;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.VCardFormat;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Maps contact persons to vCards and back with ez-vcard. */
final class VCards {
    /** Marks that a person agreed to receive e-mail; other programs ignore it. */
    static final String CONSENT_PROPERTY = "X-RELACJA-EMAIL-CONSENT";

    private VCards() {
    }

    static VCardVersion version(VCardFormat format) {
        return format == VCardFormat.V3_0 ? VCardVersion.V3_0 : VCardVersion.V4_0;
    }

    static VCard toVCard(ContactPerson person, String organisation) {
        VCard card = new VCard();
        card.setFormattedName(person.name());
        card.setOrganization(organisation);
        if (person.role() != null) {
            card.addTitle(person.role());
        }
        person.emails().forEach(card::addEmail);
        person.phones().forEach(phone -> card.addTelephoneNumber(new Telephone(phone)));
        card.setExtendedProperty(CONSENT_PROPERTY, Boolean.toString(person.emailConsent()));
        return card;
    }

    /** The person on a card: its formatted name, or the structured name when FN is missing. */
    static ContactPersonDraft toDraft(VCard card) {
        String name = card.getFormattedName() != null ? card.getFormattedName().getValue() : structuredName(card);
        String role = card.getTitles().isEmpty() ? null : card.getTitles().get(0).getValue();
        List<String> emails = card.getEmails().stream().map(Email::getValue).filter(Objects::nonNull).toList();
        List<String> phones = card.getTelephoneNumbers().stream()
                .map(t -> t.getText() != null ? t.getText() : t.getUri() == null ? null : t.getUri().getNumber())
                .filter(Objects::nonNull).toList();
        boolean consent = card.getExtendedProperty(CONSENT_PROPERTY) != null
                && Boolean.parseBoolean(card.getExtendedProperty(CONSENT_PROPERTY).getValue());
        return new ContactPersonDraft(name, role, emails, phones, consent);
    }

    private static String structuredName(VCard card) {
        StructuredName n = card.getStructuredName();
        if (n == null) {
            return null;
        }
        return Stream.of(n.getGiven(), n.getFamily()).filter(s -> s != null && !s.isBlank())
                .reduce((a, b) -> a + " " + b).orElse(null);
    }
}
