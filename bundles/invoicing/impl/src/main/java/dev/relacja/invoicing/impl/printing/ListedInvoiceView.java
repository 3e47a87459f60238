package dev.relacja.invoicing.impl.printing;

import dev.relacja.invoicing.api.Invoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An invoice listed on a payment reminder or a balance confirmation: {@code gross} its total and {@code due}
 * what was still owed on the document's day, both formatted; {@code daysOverdue} counts the days from the due
 * date to that day (0 when not yet due).
 */
public record ListedInvoiceView(long id, String number, LocalDate issueDate, LocalDate dueDate, long daysOverdue,
        String gross, String due) {

    static ListedInvoiceView of(Invoice invoice, BigDecimal due, LocalDate asOf) {
        return new ListedInvoiceView(invoice.id(), invoice.number(), invoice.issueDate(), invoice.dueDate(),
                Math.max(0, ChronoUnit.DAYS.between(invoice.dueDate(), asOf)), PolishFormat.money(invoice.gross()),
                PolishFormat.money(due));
    }
}
