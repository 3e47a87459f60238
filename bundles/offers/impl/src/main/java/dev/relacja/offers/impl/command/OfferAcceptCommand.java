package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:offer-accept}: registers that the customer accepted a revision of a sent offer. */
@Service
@Command(scope = "crm", name = "offer-accept", description = "Register the customer's acceptance of an offer")
public class OfferAcceptCommand implements Action {
    @Reference
    OfferService offers;

    @Argument(index = 0, name = "offer", required = true, description = "The offer's id")
    long offer;
    @Option(name = "--revision", description = "The revision accepted (the latest when left out)")
    Integer revision;
    @Option(name = "--reply", description = "Id of the customer's reply e-mail in the mailbox")
    Long reply;

    @Override
    public Object execute() {
        Offer current = ShellValues.offer(offers, offer);
        Offer accepted = offers.accept(offer, current.version(), revision, reply);
        return "Offer " + accepted.acceptance().label() + " accepted, SHA-256 " + accepted.acceptance().sha256();
    }
}
