package dev.relacja.invoicing.impl.run;

import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.InvoiceDraft;
import dev.relacja.invoicing.api.InvoiceLineDraft;
import dev.relacja.invoicing.api.ParticipantItem;
import dev.relacja.invoicing.api.SchemeItem;
import dev.relacja.invoicing.api.SchemeParticipant;
import dev.relacja.invoicing.impl.run.BillingCalendar.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The invoice draft of one participant and period: the scheme's lines with the participant's own quantities
 * and prices, a line whose quantity is zero left off, the period as the service period, and the scheme's
 * series, payment terms and notes.
 */
final class SchemeInvoices {

    private SchemeInvoices() {
    }

    static InvoiceDraft draft(CyclicScheme scheme, SchemeParticipant participant, Period period) {
        List<InvoiceLineDraft> lines = new ArrayList<>();
        for (SchemeItem item : scheme.items()) {
            ParticipantItem own = override(participant, item.position());
            BigDecimal quantity = own != null && own.quantity() != null ? own.quantity() : item.quantity();
            BigDecimal price = own != null && own.netPrice() != null ? own.netPrice() : item.netPrice();
            if (quantity.signum() > 0) {
                lines.add(new InvoiceLineDraft(item.catalogueItemId(), item.name(), item.unit(), quantity, price, null,
                        item.vatRate()));
            }
        }
        return new InvoiceDraft(scheme.kind(), participant.counterpartyId(), period.issueDate(), null, period.from(),
                period.to(), scheme.paymentMethod(),
                scheme.dueDays() == null ? null : period.issueDate().plusDays(scheme.dueDays()), null,
                scheme.splitPayment(), scheme.notes(), null, "NET", lines, scheme.series());
    }

    private static ParticipantItem override(SchemeParticipant participant, int position) {
        for (ParticipantItem item : participant.overrides()) {
            if (item.position() == position) {
                return item;
            }
        }
        return null;
    }
}
