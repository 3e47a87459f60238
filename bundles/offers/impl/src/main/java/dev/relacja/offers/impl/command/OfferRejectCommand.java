package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:offer-reject}: registers that the customer declined a sent offer, and why. */
@Service
@Command(scope = "crm", name = "offer-reject", description = "Register that the customer declined an offer")
public class OfferRejectCommand implements Action {
    @Reference
    OfferService offers;

    @Argument(index = 0, name = "offer", required = true, description = "The offer's id")
    long offer;
    @Argument(index = 1, name = "reason", required = true, description = "Why the customer declined (quote it)")
    String reason;

    @Override
    public Object execute() {
        Offer current = ShellValues.offer(offers, offer);
        Offer rejected = offers.reject(offer, current.version(), reason);
        return "Offer " + rejected.label() + " rejected: " + rejected.rejectionReason();
    }
}
