package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.SerialOffer;
import dev.relacja.offers.api.SerialOfferDraft;
import dev.relacja.offers.api.SerialOfferService;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code crm:serial-offer-add}: starts a serial offer whose content is an existing offer's (lines, promotions,
 * terms, texts, dates) without its counterparty and contact person, for the counterparties listed and/or those
 * carrying a tag and matching a filter.
 */
@Service
@Command(scope = "crm", name = "serial-offer-add",
        description = "Start a serial offer: an existing offer's content for many counterparties")
public class SerialOfferAddCommand implements Action {
    @Reference
    SerialOfferService serialOffers;
    @Reference
    OfferService offers;

    @Option(name = "--name", required = true, description = "What people see the serial offer as")
    String name;
    @Option(name = "--from-offer", required = true, description = "Id of the offer whose content every member gets")
    long fromOffer;
    @Option(name = "--counterparty", multiValued = true, description = "Id of a member counterparty (repeatable)")
    List<Long> counterpartyIds;
    @Option(name = "--tag", description = "Every active counterparty carrying this tag is a member")
    String tag;
    @Option(name = "--filter", description = "Only counterparties whose code, name, NIP or e-mail match this text")
    String filter;

    @Override
    public Object execute() {
        OfferDraft content = withoutCustomer(OfferDraft.of(ShellValues.offer(offers, fromOffer)));
        SerialOffer created = serialOffers.create(new SerialOfferDraft(name, content, counterpartyIds, tag, filter));
        return "Serial offer " + created.id() + " \"" + created.name() + "\" added for " + created.members()
                + " counterparties; import its prices with crm:serial-offer-prices-import " + created.id()
                + ", then crm:serial-offer-generate " + created.id();
    }

    /** A serial offer's content names no customer: each member becomes its offer's counterparty. */
    private static OfferDraft withoutCustomer(OfferDraft d) {
        return new OfferDraft(null, null, d.ownerId(), d.issueDate(), d.validUntil(), d.currency(), d.priceBasis(),
                d.lines(), d.promotions(), d.texts(), d.printTemplate());
    }
}
