package dev.relacja.invoicing.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caller sends to create or change a draft invoice; an update replaces every field. Left out:
 * {@code kind} is SALES, {@code issueDate} today, {@code paymentMethod} TRANSFER, {@code dueDate} the issue
 * date plus the counterparty's payment term (14 days without one), {@code bankAccount} the company's first
 * account, {@code currency} PLN (the only one for now), {@code priceBasis} NET ("NET" or "GROSS", for the
 * whole document), {@code series} the kind's default numbering series (sales FS, pro forma PF unless configured
 * otherwise). Give either {@code saleDate} or a service period {@code periodFrom}..{@code periodTo}.
 */
public record InvoiceDraft(
        InvoiceKind kind,
        Long counterpartyId,
        LocalDate issueDate,
        LocalDate saleDate,
        LocalDate periodFrom,
        LocalDate periodTo,
        PaymentMethod paymentMethod,
        LocalDate dueDate,
        String bankAccount,
        boolean splitPayment,
        String notes,
        String currency,
        String priceBasis,
        List<InvoiceLineDraft> lines,
        String series) {

    /** The draft that leaves {@code invoice} as it is; edits start from it. */
    public static InvoiceDraft of(Invoice invoice) {
        List<InvoiceLineDraft> lines = invoice.lines().stream()
                .map(l -> new InvoiceLineDraft(l.catalogueItemId(), l.name(), l.unit(), l.quantity(), l.unitPrice(),
                        l.discountPercent(), l.vatRate()))
                .toList();
        return new InvoiceDraft(invoice.kind(), invoice.counterpartyId(), invoice.issueDate(), invoice.saleDate(),
                invoice.periodFrom(), invoice.periodTo(), invoice.paymentMethod(), invoice.dueDate(),
                invoice.bankAccount(), invoice.splitPayment(), invoice.notes(), invoice.currency(),
                invoice.priceBasis(), lines, invoice.series());
    }

    public InvoiceDraft withLines(List<InvoiceLineDraft> newLines) {
        return new InvoiceDraft(kind, counterpartyId, issueDate, saleDate, periodFrom, periodTo, paymentMethod, dueDate,
                bankAccount, splitPayment, notes, currency, priceBasis, newLines, series);
    }

    public InvoiceDraft withDates(LocalDate newIssueDate, LocalDate newSaleDate, LocalDate newDueDate) {
        return new InvoiceDraft(kind, counterpartyId, newIssueDate, newSaleDate, periodFrom, periodTo, paymentMethod,
                newDueDate, bankAccount, splitPayment, notes, currency, priceBasis, lines, series);
    }

    public InvoiceDraft withSeries(String newSeries) {
        return new InvoiceDraft(kind, counterpartyId, issueDate, saleDate, periodFrom, periodTo, paymentMethod, dueDate,
                bankAccount, splitPayment, notes, currency, priceBasis, lines, newSeries);
    }

    public InvoiceDraft withPayment(PaymentMethod newMethod, boolean newSplitPayment) {
        return new InvoiceDraft(kind, counterpartyId, issueDate, saleDate, periodFrom, periodTo, newMethod, dueDate,
                bankAccount, newSplitPayment, notes, currency, priceBasis, lines, series);
    }
}
