package dev.relacja.contacts.impl.bench;

import java.util.List;

/**
 * One generated counterparty, already in the normalised form the validator would store (so the raw
 * JDBC baseline can write exactly what the import writes).
 */
record SyntheticCounterparty(String code, String name, String kind, String nip, String street, String postalCode,
        String city, List<String> emails, List<String> phones, String billingEmail, Integer paymentTermDays,
        boolean emailConsent, List<String> tags, String notes) {

    static final String COUNTRY = "PL";
}
