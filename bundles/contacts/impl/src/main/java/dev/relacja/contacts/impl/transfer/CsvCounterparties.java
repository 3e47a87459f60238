package dev.relacja.contacts.impl.transfer;

import dev.relacja.contacts.api.Address;
import dev.relacja.contacts.api.Addresses;
import dev.relacja.contacts.api.ContactsTransfer;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** The CSV form of counterparties: parsing rows into drafts (with per-field errors) and printing counterparties. */
final class CsvCounterparties {
    private static final Set<String> COLUMNS = Set.of(ContactsTransfer.CSV_COLUMNS);
    private static final String LIST_SEPARATOR = ";";
    private static final Map<String, Boolean> YES_NO = Map.of("true", true, "false", false, "yes", true, "no", false,
            "tak", true, "nie", false, "1", true, "0", false);

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(ContactsTransfer.CSV_COLUMNS)
            .setRecordSeparator("\r\n")
            .build();

    private CsvCounterparties() {
    }

    /** One parsed row: its number in the file (the header is row 1) and either a draft or the errors. */
    record Row(long number, String code, CounterpartyDraft draft, List<FieldError> errors) {
    }

    /** Opens a CSV with a header row; unknown or missing required columns refuse the whole file. */
    static CSVParser open(Reader csv) {
        try {
            CSVParser parser = CSVFormat.DEFAULT.builder()
                    .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
                    .build().parse(csv);
            List<String> header = parser.getHeaderNames();
            List<FieldError> errors = new ArrayList<>();
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    errors.add(new FieldError("header", "unknown column " + column + "; known: "
                            + String.join(",", ContactsTransfer.CSV_COLUMNS)));
                }
            }
            for (String required : List.of("code", "name")) {
                if (!header.contains(required)) {
                    errors.add(new FieldError("header", "the column " + required + " is required"));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            return parser;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CSV: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("header", e.getMessage());
        }
    }

    static Row toRow(CSVRecord record) {
        List<FieldError> errors = new ArrayList<>();
        long number = record.getRecordNumber() + 1;
        if (!record.isConsistent()) {
            errors.add(new FieldError("row", "has " + record.size() + " values, the header names " + record.getParser().getHeaderNames().size()));
            return new Row(number, null, null, errors);
        }
        CounterpartyKind kind = null;
        String kindText = value(record, "kind");
        if (kindText != null) {
            try {
                kind = CounterpartyKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("kind", "kind is COMPANY or PERSON, not " + kindText));
            }
        }
        Integer paymentTermDays = null;
        String days = value(record, "paymentTermDays");
        if (days != null) {
            try {
                paymentTermDays = Integer.valueOf(days);
            } catch (NumberFormatException e) {
                errors.add(new FieldError("paymentTermDays", "not a whole number of days: " + days));
            }
        }
        boolean consent = false;
        String consentText = value(record, "emailConsent");
        if (consentText != null) {
            Boolean parsed = YES_NO.get(consentText.toLowerCase(Locale.ROOT));
            if (parsed == null) {
                errors.add(new FieldError("emailConsent", "use true/false, yes/no or tak/nie, not " + consentText));
            } else {
                consent = parsed;
            }
        }
        Address registered = value(record, "street") == null && value(record, "postalCode") == null
                && value(record, "city") == null ? null
                : new Address(value(record, "street"), value(record, "postalCode"), value(record, "city"),
                        value(record, "country"));
        String code = value(record, "code");
        if (!errors.isEmpty()) {
            return new Row(number, code, null, errors);
        }
        return new Row(number, code, new CounterpartyDraft(code, value(record, "name"), kind, value(record, "nip"),
                value(record, "regon"), new Addresses(registered, null), list(record, "emails"), list(record, "phones"),
                value(record, "billingEmail"), value(record, "bankAccount"), paymentTermDays, consent,
                list(record, "tags"), null, value(record, "notes")), List.of());
    }

    static void print(CSVPrinter printer, Counterparty c) throws IOException {
        Address a = c.addresses().registered();
        printer.printRecord(c.code(), c.name(), c.kind(), c.nip(), c.regon(),
                a == null ? null : a.street(), a == null ? null : a.postalCode(), a == null ? null : a.city(),
                a == null ? null : a.country(), String.join(LIST_SEPARATOR, c.emails()),
                String.join(LIST_SEPARATOR, c.phones()), c.billingEmail(), c.bankAccount(), c.paymentTermDays(),
                c.emailConsent(), String.join(LIST_SEPARATOR, c.tags()), c.notes());
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    private static List<String> list(CSVRecord record, String column) {
        String value = value(record, column);
        return value == null ? List.of()
                : Arrays.stream(value.split(LIST_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
