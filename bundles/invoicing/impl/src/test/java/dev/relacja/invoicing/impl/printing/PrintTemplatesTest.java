package dev.relacja.invoicing.impl.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relacja.invoicing.api.InvoicePrintouts;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintTemplatesTest {

    @Test
    void seriesTakeTheTemplatesNamedForThemAndTheOthersTheDefault() {
        PrintTemplates templates = PrintTemplates.configured(" partner/invoice.fo.ftl ", new String[] {
            "FSB = partner/invoice-b2b.fo.ftl, FSE=partner/invoice-en.fo.ftl", "FSX=partner/x.fo.ftl", "no equals sign",
            "=partner/no-series.fo.ftl", "FSY=", ""},
            InvoicePrintouts.PAYMENT_REMINDER_TEMPLATE, InvoicePrintouts.BALANCE_CONFIRMATION_TEMPLATE);

        assertEquals(Map.of("FSB", "partner/invoice-b2b.fo.ftl", "FSE", "partner/invoice-en.fo.ftl",
                "FSX", "partner/x.fo.ftl"), templates.bySeries());
        assertEquals("partner/invoice-b2b.fo.ftl", templates.invoiceOf("FSB"));
        assertEquals("partner/invoice.fo.ftl", templates.invoiceOf("FS"));
        assertEquals("partner/invoice.fo.ftl", templates.invoiceOf("FSY"));
    }

    @Test
    void theBuiltInTemplatesAreTheApisNames() {
        assertEquals(InvoicePrintouts.INVOICE_TEMPLATE, PrintTemplates.BUILT_IN.invoiceOf("FS"));
        assertEquals("invoicing/payment-reminder.fo.ftl", PrintTemplates.BUILT_IN.paymentReminder());
        assertEquals("invoicing/balance-confirmation.fo.ftl", PrintTemplates.BUILT_IN.balanceConfirmation());
    }
}
