package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.SerialOffer;
import dev.relacja.offers.api.SerialOfferService;
import dev.relacja.offers.api.SerialSending;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code crm:serial-offer-send}: numbers a generated serial offer's offers and starts the mailbox send job that
 * e-mails them with their PDFs.
 */
@Service
@Command(scope = "crm", name = "serial-offer-send", description = "Number and e-mail a serial offer's offers")
public class SerialOfferSendCommand implements Action {
    @Reference
    SerialOfferService serialOffers;

    @Argument(index = 0, name = "serial-offer", required = true, description = "The serial offer's id")
    long serialOffer;
    @Option(name = "--account", description = "Mail account to send from (your only one when left out)")
    String account;
    @Option(name = "--mail-template", description = "Mailbox template about offers (the built-in offer when left out)")
    String mailTemplate;
    @Option(name = "--language", description = "Language of the messages: pl or en (pl when left out)")
    String language;
    @Option(name = "--resend", description = "Also e-mail members an earlier job already e-mailed this offer")
    boolean resend;

    @Override
    public Object execute() {
        long version = ShellValues.serialOffer(serialOffers, serialOffer).version();
        SerialOffer sent = serialOffers.send(serialOffer, version,
                new SerialSending(account, mailTemplate, language, resend));
        return "Serial offer " + sent.id() + " sent (" + sent.members() + " members, " + sent.generated()
                + " offers, " + sent.failed() + " failed): send job " + sent.sendJobId() + " e-mails them; follow it"
                + " with crm:mail-jobs --items " + sent.sendJobId();
    }
}
