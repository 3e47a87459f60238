package dev.relacja.contacts.impl.command;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.core.api.error.ValidationException;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;

/** The arguments and options that add and edit share, and how they become a draft. */
abstract class CounterpartyFields {
    @Argument(index = 0, name = "code", required = true, description = "Short code, unique")
    @Completion(CounterpartyCodeCompleter.class)
    String code;
    @Argument(index = 1, name = "name", description = "Full name (required when adding)")
    String name;
    @Option(name = "--kind", description = "COMPANY (default) or PERSON")
    String kind;
    @Option(name = "--nip", description = "NIP (tax id); required for companies")
    String nip;
    @Option(name = "--regon", description = "REGON")
    String regon;
    @Option(name = "--email", multiValued = true, description = "E-mail address (repeatable)")
    List<String> emails;
    @Option(name = "--phone", multiValued = true, description = "Phone number (repeatable)")
    List<String> phones;
    @Option(name = "--tag", multiValued = true, description = "Tag (repeatable)")
    List<String> tags;
    @Option(name = "--bank-account", description = "IBAN; 26 digits mean a Polish account")
    String bankAccount;
    @Option(name = "--payment-days", description = "Default payment term in days")
    Integer paymentDays;
    @Option(name = "--notes", description = "Notes")
    String notes;

    /** The draft from the options given, the current values standing in for those left out. */
    CounterpartyDraft toDraft(Counterparty current) {
        if (current == null) {
            return new CounterpartyDraft(code, name, kind(CounterpartyKind.COMPANY), nip, regon, null, emails, phones,
                    null, bankAccount, paymentDays, false, tags, null, notes);
        }
        return new CounterpartyDraft(current.code(), or(name, current.name()), kind(current.kind()),
                or(nip, current.nip()), or(regon, current.regon()), current.addresses(),
                or(emails, current.emails()), or(phones, current.phones()), current.billingEmail(),
                or(bankAccount, current.bankAccount()), or(paymentDays, current.paymentTermDays()),
                current.emailConsent(), or(tags, current.tags()), current.ownerId(), or(notes, current.notes()));
    }

    private CounterpartyKind kind(CounterpartyKind fallback) {
        if (kind == null) {
            return fallback;
        }
        try {
            return CounterpartyKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("kind", "kind is COMPANY or PERSON");
        }
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
