package dev.relacja.offers.impl.offer;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyStatus;
import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.money.Money;
import dev.relacja.core.api.money.PriceBasis;
import dev.relacja.core.api.security.Operator;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferLine;
import dev.relacja.offers.api.OfferLineDraft;
import dev.relacja.offers.api.OfferPromotion;
import dev.relacja.offers.api.OfferTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * Checks an offer draft against every rule at once and resolves it into {@link OfferFields}, filling in defaults
 * and computing the amounts; all broken rules are reported together. What it needs from outside (the counterparty,
 * its contact persons, operators, catalogue items, the caller and today) comes through {@link Lookups}, so it is
 * tested on its own.
 */
final class OfferDraftResolver {
    static final int MAX_LINES = 500;
    static final int DEFAULT_VALIDITY_DAYS = 30;
    static final int MAX_TERMS = 2000;
    static final int MAX_SECTION = 4000;
    static final Currency CURRENCY = Money.PLN;

    /** What the resolver looks up, and who calls when. */
    record Lookups(LongFunction<Optional<Counterparty>> counterparty,
            LongFunction<Optional<ContactPerson>> contactPerson, LongFunction<Optional<Operator>> operator,
            LongFunction<Optional<CatalogueItem>> item, Predicate<String> printTemplate, long callerId,
            LocalDate today) {
    }

    private OfferDraftResolver() {
    }

    static OfferFields resolve(OfferDraft draft, Lookups lookups) {
        if (draft == null) {
            throw new ValidationException("body", "send the offer");
        }
        List<FieldError> errors = new ArrayList<>();
        Counterparty counterparty = counterparty(errors, draft.counterpartyId(), lookups);
        Long contactPersonId = contactPerson(errors, draft.contactPersonId(), counterparty, lookups);
        long ownerId = owner(errors, draft.ownerId(), lookups);
        LocalDate issueDate = draft.issueDate() == null ? lookups.today() : draft.issueDate();
        LocalDate validUntil = draft.validUntil() == null ? issueDate.plusDays(DEFAULT_VALIDITY_DAYS)
                : draft.validUntil();
        if (validUntil.isBefore(issueDate)) {
            errors.add(new FieldError("validUntil", "the offer is valid until " + validUntil
                    + ", before its issue date " + issueDate));
        }
        currency(errors, draft.currency());
        PriceBasis basis = basis(errors, draft.priceBasis());
        OfferTexts texts = texts(errors, draft.texts() == null ? OfferTexts.NONE : draft.texts());
        String printTemplate = printTemplate(errors, draft.printTemplate(), lookups);
        List<OfferLineDraft> lineDrafts = draft.lines() == null ? List.of() : draft.lines();
        if (lineDrafts.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "an offer has at most " + MAX_LINES + " lines, not "
                    + lineDrafts.size()));
            throw new ValidationException(errors);
        }
        List<OfferAmounts.LineInput> inputs = new ArrayList<>();
        for (int i = 0; i < lineDrafts.size(); i++) {
            LineRules.check(errors, "lines[" + i + "].", lineDrafts.get(i), basis, lookups.item())
                    .ifPresent(inputs::add);
        }
        PromotionRules.Checked promotions = PromotionRules.check(errors, draft.promotions(), lineDrafts.size());
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<OfferLine> lines = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            lines.add(OfferAmounts.line(basis, CURRENCY, i + 1, inputs.get(i), promotions.percentFor(i + 1)));
        }
        List<OfferPromotion> priced = promotions.priced(errors, basis, CURRENCY, inputs, lines);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new OfferFields(counterparty.id(), contactPersonId, ownerId, issueDate, validUntil,
                CURRENCY.getCurrencyCode(), basis, lines, priced, texts, printTemplate,
                OfferAmounts.summary(basis, CURRENCY, lines, promotions.discountLines()));
    }

    /** The print template by code, lower-cased: a built-in or an admin's one that exists; null for the default. */
    private static String printTemplate(List<FieldError> errors, String value, Lookups lookups) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        if (!lookups.printTemplate().test(code)) {
            errors.add(new FieldError("printTemplate", "there is no offer template '" + value.strip() + "': "
                    + "formal, compact or an admin's template code"));
        }
        return code;
    }

    private static Counterparty counterparty(List<FieldError> errors, Long id, Lookups lookups) {
        if (id == null) {
            errors.add(new FieldError("counterpartyId", "the customer (counterpartyId) is required"));
            return null;
        }
        Optional<Counterparty> found = lookups.counterparty().apply(id);
        if (found.isEmpty()) {
            errors.add(new FieldError("counterpartyId", "counterparty " + id + " does not exist"));
        } else if (found.get().status() == CounterpartyStatus.ARCHIVED) {
            errors.add(new FieldError("counterpartyId", "counterparty " + found.get().code()
                    + " is archived; restore it before making it an offer"));
        }
        return found.orElse(null);
    }

    private static Long contactPerson(List<FieldError> errors, Long id, Counterparty counterparty, Lookups lookups) {
        if (id == null) {
            return null;
        }
        Optional<ContactPerson> found = lookups.contactPerson().apply(id);
        if (found.isEmpty()) {
            errors.add(new FieldError("contactPersonId", "contact person " + id + " does not exist"));
        } else if (counterparty != null && found.get().counterpartyId() != counterparty.id()) {
            errors.add(new FieldError("contactPersonId", found.get().name() + " is not a contact person of "
                    + counterparty.code()));
        }
        return id;
    }

    private static long owner(List<FieldError> errors, Long id, Lookups lookups) {
        if (id == null) {
            return lookups.callerId();
        }
        Optional<Operator> found = lookups.operator().apply(id);
        if (found.isEmpty()) {
            errors.add(new FieldError("ownerId", "operator " + id + " does not exist"));
        } else if (!found.get().active()) {
            errors.add(new FieldError("ownerId", "operator " + found.get().username() + " is deactivated"));
        }
        return id;
    }

    private static void currency(List<FieldError> errors, String value) {
        if (value != null && !value.isBlank()
                && !CURRENCY.getCurrencyCode().equals(value.strip().toUpperCase(Locale.ROOT))) {
            errors.add(new FieldError("currency", "offers are in PLN only for now; '" + value.strip()
                    + "' is not supported yet"));
        }
    }

    private static PriceBasis basis(List<FieldError> errors, String value) {
        if (value == null || value.isBlank()) {
            return PriceBasis.NET;
        }
        try {
            return PriceBasis.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("priceBasis", "the price basis is NET or GROSS, not '" + value.strip() + "'"));
            return PriceBasis.NET;
        }
    }

    private static OfferTexts texts(List<FieldError> errors, OfferTexts texts) {
        return new OfferTexts(
                FieldChecks.text(errors, "texts.paymentTerms", texts.paymentTerms(), MAX_TERMS, false),
                FieldChecks.text(errors, "texts.deliveryTerms", texts.deliveryTerms(), MAX_TERMS, false),
                FieldChecks.text(errors, "texts.introduction", texts.introduction(), MAX_SECTION, false),
                FieldChecks.text(errors, "texts.references", texts.references(), MAX_SECTION, false),
                FieldChecks.text(errors, "texts.companyInformation", texts.companyInformation(), MAX_SECTION, false),
                FieldChecks.text(errors, "texts.productInformation", texts.productInformation(), MAX_SECTION, false));
    }
}
