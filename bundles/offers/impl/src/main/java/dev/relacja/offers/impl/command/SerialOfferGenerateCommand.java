package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.SerialOffer;
import dev.relacja.offers.api.SerialOfferService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code crm:serial-offer-generate}: makes each member's draft offer; run again on a generated serial offer, it
 * retries the members whose offer failed.
 */
@Service
@Command(scope = "crm", name = "serial-offer-generate", description = "Make a serial offer's draft offers")
public class SerialOfferGenerateCommand implements Action {
    @Reference
    SerialOfferService serialOffers;

    @Argument(index = 0, name = "serial-offer", required = true, description = "The serial offer's id")
    long serialOffer;

    @Override
    public Object execute() {
        long version = ShellValues.serialOffer(serialOffers, serialOffer).version();
        SerialOffer generated = serialOffers.generate(serialOffer, version);
        String outcome = "Serial offer " + generated.id() + ": " + generated.generated() + " of "
                + generated.members() + " offers generated, " + generated.failed() + " failed";
        return generated.failed() == 0 ? outcome
                : outcome + " (why: crm:serial-offer-show " + generated.id() + "; generate again to retry them)";
    }
}
