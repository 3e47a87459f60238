package dev.relacja.offers.impl.command;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.OfferTexts;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:offer-add}: starts a draft offer for a counterparty; lines follow with {@code crm:offer-line-add}. */
@Service
@Command(scope = "crm", name = "offer-add", description = "Start a draft offer for a counterparty")
public class OfferAddCommand implements Action {
    @Reference
    OfferService offers;
    @Reference
    CounterpartyService counterparties;

    @Argument(index = 0, name = "counterparty", required = true, description = "The counterparty's code")
    String counterparty;
    @Option(name = "--contact", description = "Id of the counterparty's contact person the offer is addressed to")
    Long contact;
    @Option(name = "--issue-date", description = "Issue date, e.g. 2026-12-01 (today when left out)")
    String issueDate;
    @Option(name = "--valid-until", description = "Last day the offer holds (issue date plus 30 days when left out)")
    String validUntil;
    @Option(name = "--gross", description = "Unit prices are gross (net when left out)")
    boolean gross;
    @Option(name = "--payment-terms", description = "Payment terms (quote them)")
    String paymentTerms;
    @Option(name = "--delivery-terms", description = "Delivery terms (quote them)")
    String deliveryTerms;
    @Option(name = "--introduction", description = "Introduction printed above the lines")
    String introduction;
    @Option(name = "--references", description = "References section")
    String references;
    @Option(name = "--company-info", description = "Company information section")
    String companyInformation;
    @Option(name = "--product-info", description = "Product information section")
    String productInformation;

    @Override
    public Object execute() {
        Counterparty customer = counterparties.findByCode(counterparty.strip())
                .orElseThrow(() -> new NotFoundException("Counterparty", counterparty.strip()));
        Offer created = offers.create(new OfferDraft(customer.id(), contact, null,
                ShellValues.date("issueDate", "issue-date", issueDate),
                ShellValues.date("validUntil", "valid-until", validUntil), null, gross ? "GROSS" : "NET", List.of(),
                List.of(), new OfferTexts(paymentTerms, deliveryTerms, introduction, references, companyInformation,
                        productInformation)));
        return "Offer " + created.label() + " for " + customer.name() + " added, valid until " + created.validUntil()
                + "; add lines with crm:offer-line-add " + created.id();
    }
}
