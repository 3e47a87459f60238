package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.ConversionKind;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code crm:offer-convert}: turns an accepted offer into a draft sales invoice or pro forma. */
@Service
@Command(scope = "crm", name = "offer-convert",
        description = "Convert an accepted offer into a draft sales invoice or pro forma (issue it with crm:invoice-issue)")
public class OfferConvertCommand implements Action {
    @Reference
    OfferService offers;

    @Option(name = "--pro-forma", description = "Make a pro forma instead of a sales invoice")
    boolean proForma;
    @Argument(index = 0, name = "offer", required = true, description = "The offer's id")
    long offer;

    @Override
    public Object execute() {
        Offer current = ShellValues.offer(offers, offer);
        Offer converted = offers.convert(offer, current.version(),
                proForma ? ConversionKind.PRO_FORMA : ConversionKind.SALES);
        return "Offer " + converted.conversion().label() + " converted into draft "
                + (proForma ? "pro forma" : "sales invoice") + " #" + converted.conversion().invoiceId() + ": "
                + converted.gross().toPlainString() + " " + converted.currency() + " gross";
    }
}
