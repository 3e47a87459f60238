package dev.relacja.invoicing.impl.printing;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.company.CompanyProfile;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.documents.api.DocumentRenderer;
import dev.relacja.documents.api.RenderingException;
import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoicePrintouts;
import dev.relacja.invoicing.api.InvoiceService;
import dev.relacja.invoicing.impl.invoice.InvoiceServiceImpl;
import dev.relacja.invoicing.impl.invoice.InvoiceStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Prints invoices, payment reminders and balance confirmations with the configured templates. Also a service
 * of this bundle under its own class, so that an invoice run prints the invoices it holds with {@link #pdf}.
 */
@Component(service = {InvoicePrintouts.class, InvoicePrintoutsImpl.class}, configurationPid = InvoicePrintoutsImpl.PID)
@Designate(ocd = InvoicePrintoutsImpl.Config.class)
public class InvoicePrintoutsImpl implements InvoicePrintouts {
    static final String PID = "dev.relacja.invoicing.printing";

    /** Configuration PID {@value #PID} (etc/dev.relacja.invoicing.printing.cfg). */
    @ObjectClassDefinition(name = "Relacja invoice printouts",
            description = "The templates invoices, payment reminders and balance confirmations print with")
    public @interface Config {
        @AttributeDefinition(description = "Template of the invoices of every series not named in seriesTemplates")
        String invoiceTemplate() default INVOICE_TEMPLATE;

        @AttributeDefinition(description = "Templates of the invoices of particular series, each SERIES=template-name "
                + "(several also in one value, separated by commas), e.g. FSB=partner/invoice-b2b.fo.ftl; any template "
                + "provider (a partner bundle) may offer the name")
        String[] seriesTemplates() default {};

        @AttributeDefinition(description = "Template of payment reminders (ponaglenie zapłaty)")
        String paymentReminderTemplate() default PAYMENT_REMINDER_TEMPLATE;

        @AttributeDefinition(description = "Template of balance confirmations (potwierdzenie salda)")
        String balanceConfirmationTemplate() default BALANCE_CONFIRMATION_TEMPLATE;
    }

    private final InvoiceService invoices;
    private final InvoiceStore store;
    private final CounterpartyService counterparties;
    private final CompanyProfileService company;
    private final CallerContext callers;
    private final DocumentRenderer renderer;
    private final PrintTemplates templates;
    private final Clock clock;
    private final AmountInWords words = new AmountInWords();

    @Activate
    public InvoicePrintoutsImpl(@Reference InvoiceService invoices, @Reference InvoiceStore store,
            @Reference CounterpartyService counterparties, @Reference CompanyProfileService company,
            @Reference CallerContext callers, @Reference DocumentRenderer renderer, Config config) {
        this(invoices, store, counterparties, company, callers, renderer, PrintTemplates.configured(
                config.invoiceTemplate(), config.seriesTemplates(), config.paymentReminderTemplate(),
                config.balanceConfirmationTemplate()), Clock.systemUTC());
    }

    /** Printouts outside OSGi, e.g. in tests, with their own templates and clock. */
    public InvoicePrintoutsImpl(InvoiceService invoices, InvoiceStore store, CounterpartyService counterparties,
            CompanyProfileService company, CallerContext callers, DocumentRenderer renderer, PrintTemplates templates,
            Clock clock) {
        this.invoices = invoices;
        this.store = store;
        this.counterparties = counterparties;
        this.company = company;
        this.callers = callers;
        this.renderer = renderer;
        this.templates = templates;
        this.clock = clock;
    }

    @Override
    public byte[] invoicePdf(long invoiceId) {
        callers.require(Role.VIEWER);
        return pdf(invoices.find(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId)));
    }

    /**
     * The PDF of an invoice the caller already holds, checking no role: an issued invoice carries its seller and
     * buyer, so nothing is looked up (a draft takes them from the company profile and the counterparty).
     */
    public byte[] pdf(Invoice invoice) {
        String template = templates.invoiceOf(invoice.series());
        return render(template, model(invoice), "invoices of series " + invoice.series()
                + " (seriesTemplates, invoiceTemplate)");
    }

    /** What the invoice's template sees, also e-mails about it ({@link InvoiceModelProvider}). */
    Map<String, Object> model(Invoice invoice) {
        PartyView seller;
        PartyView buyer;
        if (invoice.seller() != null && invoice.buyer() != null) {
            seller = PartyView.of(invoice.seller());
            buyer = PartyView.of(invoice.buyer());
        } else {
            seller = PartyView.of(InvoiceServiceImpl.seller(company.get()));
            buyer = PartyView.of(InvoiceServiceImpl.buyer(counterparty(invoice.counterpartyId())));
        }
        return PrintModels.invoice(invoice, seller, buyer, words);
    }

    @Override
    public byte[] paymentReminderPdf(long counterpartyId, LocalDate asOf) {
        return render(templates.paymentReminder(), paymentReminderModel(counterpartyId, asOf),
                "payment reminders (paymentReminderTemplate)");
    }

    /** What a payment reminder's template sees; a conflict when nothing is overdue. */
    Map<String, Object> paymentReminderModel(long counterpartyId, LocalDate asOf) {
        Letter letter = letter(counterpartyId, asOf);
        List<Invoice> overdue = invoices.overdue(counterpartyId, letter.day());
        if (overdue.isEmpty()) {
            throw new ConflictException("counterpartyId", letter.counterparty().name() + " has no invoices overdue on "
                    + letter.day() + "; there is nothing to remind of");
        }
        List<ListedInvoiceView> listed = overdue.stream().map(i -> ListedInvoiceView.of(i, i.due(), letter.day()))
                .toList();
        BigDecimal total = overdue.stream().map(Invoice::due).reduce(BigDecimal.ZERO, BigDecimal::add);
        return letter.model("Ponaglenie zapłaty", listed, total);
    }

    @Override
    public byte[] balanceConfirmationPdf(long counterpartyId, LocalDate asOf) {
        return render(templates.balanceConfirmation(), balanceConfirmationModel(counterpartyId, asOf),
                "balance confirmations (balanceConfirmationTemplate)");
    }

    /** What a balance confirmation's template sees. */
    Map<String, Object> balanceConfirmationModel(long counterpartyId, LocalDate asOf) {
        Letter letter = letter(counterpartyId, asOf);
        List<ListedInvoiceView> listed = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Invoice invoice : store.unpaidOn(counterpartyId, letter.day())) {
            BigDecimal due = PrintModels.dueOn(invoice, letter.day());
            if (due.signum() > 0) {
                listed.add(ListedInvoiceView.of(invoice, due, letter.day()));
                total = total.add(due);
            }
        }
        return letter.model("Potwierdzenie salda", listed, total);
    }

    /** A collection letter to a counterparty from the company, about {@code day}, written {@code today}. */
    private record Letter(Counterparty counterparty, CompanyProfile profile, LocalDate day, LocalDate today,
            AmountInWords words) {

        Map<String, Object> model(String title, List<ListedInvoiceView> listed, BigDecimal total) {
            List<String> accounts = profile.bankAccounts();
            return PrintModels.collections(title, PartyView.of(InvoiceServiceImpl.seller(profile)),
                    PartyView.of(InvoiceServiceImpl.buyer(counterparty)), profile.city(), day, today, listed, total,
                    accounts == null || accounts.isEmpty() ? null : accounts.get(0), words);
        }
    }

    private Letter letter(long counterpartyId, LocalDate asOf) {
        callers.require(Role.VIEWER);
        Counterparty counterparty = counterparty(counterpartyId);
        CompanyProfile profile = company.get();
        LocalDate today = LocalDate.ofInstant(clock.instant(), profile.timeZone());
        return new Letter(counterparty, profile, asOf == null ? today : asOf, today, words);
    }

    /** Renders, naming the configuration when the template asked for is not there (e.g. a partner bundle is missing). */
    private byte[] render(String template, Map<String, Object> model, String usedFor) {
        try {
            return renderer.renderPdf(template, model);
        } catch (RenderingException e) {
            if (e.reason() != RenderingException.Reason.UNKNOWN_TEMPLATE || !template.equals(e.templateName())) {
                throw e;
            }
            throw new RenderingException(e.reason(), template, 0, "No template provider offers " + template
                    + ", the template of " + usedFor + " in configuration " + PID
                    + ": install the bundle that provides it or name another template there", e);
        }
    }

    private Counterparty counterparty(long id) {
        return counterparties.find(id).orElseThrow(() -> new NotFoundException("Counterparty", id));
    }
}
