package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferSending;
import dev.relacja.offers.api.OfferService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code crm:offer-send}: e-mails an offer's current revision as a PDF; a draft takes its number (OF/12/2026) and
 * becomes revision 1.
 */
@Service
@Command(scope = "crm", name = "offer-send", description = "E-mail an offer (a draft takes its number)")
public class OfferSendCommand implements Action {
    @Reference
    OfferService offers;

    @Argument(index = 0, name = "offer", required = true, description = "The offer's id")
    long offer;
    @Option(name = "--account", description = "Mail account to send from (your only one when left out)")
    String account;
    @Option(name = "--to", description = "Recipient (the contact person's or the counterparty's e-mail when left out)")
    String to;
    @Option(name = "--template", description = "Mailbox template about offers (a built-in message when left out)")
    String template;
    @Option(name = "--language", description = "Language of the message: pl or en")
    String language;
    @Option(name = "--print-template", description = "formal or compact (the configured default when left out)")
    String printTemplate;
    @Option(name = "--print-language", description = "pl or en (the configured default when left out)")
    String printLanguage;

    @Override
    public Object execute() {
        Offer current = ShellValues.offer(offers, offer);
        Offer sent = offers.send(offer, current.version(), new OfferSending(account, to, template, language,
                printTemplate, printLanguage));
        return "Offer " + sent.label() + " queued for sending, valid until " + sent.validUntil();
    }
}
