package dev.relacja.contacts.impl;

import dev.relacja.contacts.api.Address;
import dev.relacja.contacts.api.Addresses;
import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.identifiers.Iban;
import dev.relacja.core.api.identifiers.Nip;
import dev.relacja.core.api.identifiers.Regon;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks counterparty and contact-person input field by field, reporting every broken rule at once,
 * and returns the normalised form that is stored (trimmed, NIP digits only, IBAN without spaces, tags lower case).
 */
public final class CounterpartyValidator {
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}_.\\-/]{1,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{3,30}");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_\\-]{1,40}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private CounterpartyValidator() {
    }

    public static CounterpartyDraft validated(CounterpartyDraft d) {
        List<FieldError> errors = new ArrayList<>();
        String code = trim(d.code());
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "use 1 to 40 letters, digits or _ . - /"));
        }
        String name = trim(d.name());
        if (name == null || name.length() > 250) {
            errors.add(new FieldError("name", "give a name of 1 to 250 characters"));
        }
        CounterpartyKind kind = d.kind() == null ? CounterpartyKind.COMPANY : d.kind();
        String nip = trim(d.nip());
        if (nip != null) {
            nip = Nip.normalize(nip);
            Nip.problem(nip).ifPresent(p -> errors.add(new FieldError("nip", p)));
        } else if (kind == CounterpartyKind.COMPANY) {
            errors.add(new FieldError("nip", "a company needs a NIP"));
        }
        String regon = trim(d.regon());
        if (regon != null) {
            regon = Regon.normalize(regon);
            Regon.problem(regon).ifPresent(p -> errors.add(new FieldError("regon", p)));
        }
        Addresses addresses = d.addresses() == null ? Addresses.NONE : new Addresses(
                address(d.addresses().registered(), "addresses.registered", errors),
                address(d.addresses().correspondence(), "addresses.correspondence", errors));
        List<String> emails = emails(d.emails(), "emails", errors);
        atMost(String.join("\n", emails), 2000, "emails", errors);
        String billingEmail = trim(d.billingEmail());
        if (billingEmail != null && (billingEmail.length() > 254 || !EMAIL.matcher(billingEmail).matches())) {
            errors.add(new FieldError("billingEmail", "not an e-mail address: " + billingEmail));
        }
        List<String> phones = phones(d.phones(), "phones", errors);
        atMost(String.join("\n", phones), 1000, "phones", errors);
        String bankAccount = trim(d.bankAccount());
        if (bankAccount != null) {
            bankAccount = Iban.normalize(bankAccount.matches("[0-9 ]{26,32}") ? "PL" + bankAccount : bankAccount);
            Iban.problem(bankAccount).ifPresent(p -> errors.add(new FieldError("bankAccount", p)));
        }
        if (d.paymentTermDays() != null && (d.paymentTermDays() < 0 || d.paymentTermDays() > 365)) {
            errors.add(new FieldError("paymentTermDays", "give 0 to 365 days"));
        }
        List<String> tags = new ArrayList<>(new LinkedHashSet<>(d.tags() == null ? List.of()
                : d.tags().stream().map(CounterpartyValidator::trim).filter(t -> t != null)
                        .map(t -> t.toLowerCase(Locale.ROOT)).toList()));
        atMost(String.join(",", tags), 990, "tags", errors);
        for (String tag : tags) {
            if (!TAG.matcher(tag).matches()) {
                errors.add(new FieldError("tags", "a tag is 1 to 40 letters, digits, _ or -: " + tag));
            }
        }
        String notes = trim(d.notes());
        if (notes != null && notes.length() > 8000) {
            errors.add(new FieldError("notes", "notes are at most 8000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CounterpartyDraft(code, name, kind, nip, regon, addresses, emails, phones, billingEmail,
                bankAccount, d.paymentTermDays(), d.emailConsent(), tags, d.ownerId(), notes);
    }

    public static ContactPersonDraft validated(ContactPersonDraft d) {
        List<FieldError> errors = new ArrayList<>();
        String name = trim(d.name());
        if (name == null || name.length() > 200) {
            errors.add(new FieldError("name", "give a name of 1 to 200 characters"));
        }
        String role = trim(d.role());
        if (role != null && role.length() > 100) {
            errors.add(new FieldError("role", "a role is at most 100 characters"));
        }
        List<String> emails = emails(d.emails(), "emails", errors);
        List<String> phones = phones(d.phones(), "phones", errors);
        atMost(String.join("\n", emails), 2000, "emails", errors);
        atMost(String.join("\n", phones), 1000, "phones", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new ContactPersonDraft(name, role, emails, phones, d.emailConsent());
    }

    private static Address address(Address a, String field, List<FieldError> errors) {
        if (a == null) {
            return null;
        }
        String country = trim(a.country()) == null ? "PL" : trim(a.country()).toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            errors.add(new FieldError(field + ".country", "use a two-letter ISO country code"));
        }
        String postalCode = trim(a.postalCode());
        if ("PL".equals(country) && postalCode != null && !postalCode.matches("\\d{2}-\\d{3}")) {
            errors.add(new FieldError(field + ".postalCode", "a Polish postal code looks like 00-950"));
        }
        String street = trim(a.street());
        String city = trim(a.city());
        atMost(street, 200, field + ".street", errors);
        atMost(postalCode, 20, field + ".postalCode", errors);
        atMost(city, 100, field + ".city", errors);
        return new Address(street, postalCode, city, country);
    }

    /** Refuses what would not fit its column, instead of letting the database fail the whole request. */
    private static void atMost(String value, int max, String field, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters in all"));
        }
    }

    private static List<String> emails(List<String> values, String field, List<FieldError> errors) {
        List<String> clean = clean(values);
        for (String email : clean) {
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                errors.add(new FieldError(field, "not an e-mail address: " + email));
            }
        }
        return clean;
    }

    private static List<String> phones(List<String> values, String field, List<FieldError> errors) {
        List<String> clean = clean(values);
        for (String phone : clean) {
            if (!PHONE.matcher(phone).matches()) {
                errors.add(new FieldError(field, "not a phone number: " + phone));
            }
        }
        return clean;
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(CounterpartyValidator::trim).filter(v -> v != null).distinct().toList();
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
