package dev.relacja.invoicing.impl.invoice;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.identifiers.Iban;
import dev.relacja.core.api.money.Money;
import dev.relacja.core.api.money.PriceBasis;
import dev.relacja.core.api.money.VatRate;
import dev.relacja.core.api.money.VatRateTotal;
import dev.relacja.invoicing.api.CatalogueItem;
import dev.relacja.invoicing.api.InvoiceDraft;
import dev.relacja.invoicing.api.InvoiceKind;
import dev.relacja.invoicing.api.InvoiceLine;
import dev.relacja.invoicing.api.InvoiceLineDraft;
import dev.relacja.invoicing.api.PaymentMethod;
import dev.relacja.invoicing.impl.validation.CatalogueLine;
import dev.relacja.invoicing.impl.validation.FieldRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Checks an invoice draft against every rule at once and resolves it into {@link InvoiceFields}, filling in
 * defaults and computing line amounts; all broken rules are reported together. What it needs from outside
 * (the counterparty, catalogue items, the company's account, today) comes through {@link Lookups}, so it is
 * tested on its own.
 */
final class InvoiceDraftResolver {
    static final int MAX_LINES = 500;
    static final int MAX_NOTES = 2000;
    static final int DEFAULT_PAYMENT_DAYS = 14;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final String CURRENCY = Money.PLN.getCurrencyCode();

    /**
     * What the resolver looks up: a counterparty and a catalogue item by id, the company's bank account, today,
     * and the numbering series invoices may take.
     */
    record Lookups(LongFunction<Optional<Counterparty>> counterparty, LongFunction<Optional<CatalogueItem>> item,
            String companyBankAccount, LocalDate today, InvoiceSeries series) {
    }

    private InvoiceDraftResolver() {
    }

    static InvoiceFields resolve(InvoiceDraft draft, Lookups lookups) {
        if (draft == null) {
            throw new ValidationException("body", "send the invoice");
        }
        List<FieldError> errors = new ArrayList<>();
        InvoiceKind kind = draft.kind() == null ? InvoiceKind.SALES : draft.kind();
        String series = lookups.series().resolve(errors, draft.series(), kind);
        Counterparty counterparty = counterparty(errors, draft.counterpartyId(), lookups);
        LocalDate issueDate = draft.issueDate() == null ? lookups.today() : draft.issueDate();
        LocalDate saleDate = draft.saleDate();
        boolean period = draft.periodFrom() != null || draft.periodTo() != null;
        if (period) {
            if (draft.periodFrom() == null || draft.periodTo() == null) {
                errors.add(new FieldError(draft.periodFrom() == null ? "periodFrom" : "periodTo",
                        "a service period needs both its first and its last day"));
            } else if (draft.periodFrom().isAfter(draft.periodTo())) {
                errors.add(new FieldError("periodTo", "the service period ends (" + draft.periodTo()
                        + ") before it starts (" + draft.periodFrom() + ")"));
            }
            if (saleDate != null) {
                errors.add(new FieldError("saleDate", "give either a sale date or a service period, not both"));
            }
        } else if (saleDate == null) {
            saleDate = issueDate;
        }
        PaymentMethod method = draft.paymentMethod() == null ? PaymentMethod.TRANSFER : draft.paymentMethod();
        LocalDate dueDate = draft.dueDate();
        if (dueDate == null) {
            Integer term = counterparty == null ? null : counterparty.paymentTermDays();
            dueDate = issueDate.plusDays(term == null ? DEFAULT_PAYMENT_DAYS : term);
        } else if (dueDate.isBefore(issueDate)) {
            errors.add(new FieldError("dueDate", "the due date " + dueDate + " is before the issue date " + issueDate));
        }
        String bankAccount = bankAccount(errors, draft.bankAccount(), lookups.companyBankAccount());
        if (draft.splitPayment()) {
            if (kind != InvoiceKind.SALES) {
                errors.add(new FieldError("splitPayment", "split payment (MPP) applies to sales invoices only"));
            }
            if (method != PaymentMethod.TRANSFER) {
                errors.add(new FieldError("splitPayment", "split payment (MPP) is paid by bank transfer; the payment "
                        + "method is " + method));
            }
            if (bankAccount == null) {
                errors.add(new FieldError("bankAccount", "split payment (MPP) needs the seller's bank account"));
            }
        }
        String notes = FieldChecks.text(errors, "notes", draft.notes(), MAX_NOTES, false);
        String currency = currency(errors, draft.currency());
        PriceBasis basis = basis(errors, draft.priceBasis());
        List<InvoiceLine> lines = lines(errors, draft.lines(), basis == null ? PriceBasis.NET : basis, lookups);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new InvoiceFields(kind, series, counterparty.id(), counterparty.name(), issueDate, saleDate,
                draft.periodFrom(), draft.periodTo(), method, dueDate, bankAccount, draft.splitPayment(), notes, currency,
                basis, lines);
    }

    private static Counterparty counterparty(List<FieldError> errors, Long id, Lookups lookups) {
        if (id == null) {
            errors.add(new FieldError("counterpartyId", "the buyer (counterpartyId) is required"));
            return null;
        }
        Optional<Counterparty> found = lookups.counterparty().apply(id);
        if (found.isEmpty()) {
            errors.add(new FieldError("counterpartyId", "counterparty " + id + " does not exist"));
        }
        return found.orElse(null);
    }

    private static String bankAccount(List<FieldError> errors, String value, String companyAccount) {
        String account = value == null || value.isBlank() ? companyAccount : value;
        if (account == null || account.isBlank()) {
            return null;
        }
        String iban = Iban.normalize(account);
        if (!iban.isEmpty() && Character.isDigit(iban.charAt(0))) {
            iban = "PL" + iban; // a Polish account number as people write it: 26 digits
        }
        Optional<String> problem = Iban.problem(iban);
        if (problem.isPresent()) {
            errors.add(new FieldError("bankAccount", problem.get() + ": '" + account.strip() + "'"));
            return null;
        }
        return iban;
    }

    private static String currency(List<FieldError> errors, String value) {
        if (value == null || value.isBlank()) {
            return CURRENCY;
        }
        String currency = value.strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY.equals(currency)) {
            errors.add(new FieldError("currency", "invoices are in PLN only for now; '" + value.strip()
                    + "' is not supported yet"));
        }
        return currency;
    }

    private static PriceBasis basis(List<FieldError> errors, String value) {
        if (value == null || value.isBlank()) {
            return PriceBasis.NET;
        }
        try {
            return PriceBasis.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("priceBasis", "the price basis is NET or GROSS, not '" + value.strip() + "'"));
            return null;
        }
    }

    private static List<InvoiceLine> lines(List<FieldError> errors, List<InvoiceLineDraft> drafts, PriceBasis basis,
            Lookups lookups) {
        if (drafts == null) {
            return List.of();
        }
        if (drafts.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "an invoice has at most " + MAX_LINES + " lines, not " + drafts.size()));
            return List.of();
        }
        int before = errors.size();
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            line(errors, "lines[" + i + "].", i + 1, drafts.get(i), basis, lookups).ifPresent(lines::add);
        }
        if (errors.size() == before) {
            noRateBelowZero(errors, basis, lines);
        }
        return lines;
    }

    /** Discount lines take off at most what the lines at their rate come to: no rate's value is below zero. */
    private static void noRateBelowZero(List<FieldError> errors, PriceBasis basis, List<InvoiceLine> lines) {
        for (VatRateTotal total : InvoiceAmounts.summary(basis, lines).perRate()) {
            BigDecimal value = basis == PriceBasis.NET ? total.net() : total.gross();
            if (value.signum() < 0) {
                errors.add(new FieldError("lines", "the discount lines at VAT " + total.rate().code() + " take off "
                        + "more than the lines at that rate come to: their " + basis.name().toLowerCase(Locale.ROOT)
                        + " value would be " + value.toPlainString()));
            }
        }
    }

    private static Optional<InvoiceLine> line(List<FieldError> errors, String at, int position, InvoiceLineDraft draft,
            PriceBasis basis, Lookups lookups) {
        if (draft == null) {
            errors.add(new FieldError(at.substring(0, at.length() - 1), "a line is empty"));
            return Optional.empty();
        }
        int before = errors.size();
        CatalogueLine basics = CatalogueLine.resolve(errors, at, draft.catalogueItemId(), draft.name(), draft.unit(),
                draft.vatRate(), lookups.item());
        CatalogueItem item = basics.item();
        VatRate rate = basics.rate();
        BigDecimal quantity = quantity(errors, at + "quantity", draft.quantity());
        BigDecimal price = draft.unitPrice();
        if (price == null && item != null && rate != null) {
            price = basis == PriceBasis.NET ? item.netPrice()
                    : item.netPrice().multiply(HUNDRED.add(rate.percent())).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        }
        boolean discountLine = price != null && price.signum() < 0;
        if (discountLine && draft.catalogueItemId() != null) {
            errors.add(new FieldError(at + "unitPrice", "only a free-text line can be a discount line with a negative"
                    + " unit price, not one of catalogue item " + draft.catalogueItemId()));
        }
        price = FieldRules.decimal(errors, at + "unitPrice", "the unit price", price, 2,
                discountLine ? FieldRules.MAX_PRICE.negate() : BigDecimal.ZERO, FieldRules.MAX_PRICE, true);
        BigDecimal discount = draft.discountPercent() == null ? BigDecimal.ZERO.setScale(2)
                : FieldRules.decimal(errors, at + "discountPercent", "the discount", draft.discountPercent(), 2,
                        BigDecimal.ZERO, HUNDRED, true);
        if (discountLine && discount != null && discount.signum() > 0) {
            errors.add(new FieldError(at + "discountPercent", "a discount line (negative unit price) takes no"
                    + " discount percentage"));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(InvoiceAmounts.line(basis, position, draft.catalogueItemId(), basics.name(), basics.unit(),
                quantity, price, discount, rate));
    }

    private static BigDecimal quantity(List<FieldError> errors, String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            errors.add(new FieldError(field, "the quantity must be above zero, not " + value.toPlainString()));
            return null;
        }
        return FieldRules.decimal(errors, field, "the quantity", value, 3, BigDecimal.ZERO, FieldRules.MAX_QUANTITY,
                true);
    }
}
