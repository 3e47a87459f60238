package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferPromotionDraft;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.PromotionKind;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code crm:offer-promotion-add}: adds a promotion to a draft offer, a percentage off chosen lines
 * ({@code --percent 10 --lines 1,3}) or a discount line ({@code --amount 100 --vat 23}), with its wording.
 */
@Service
@Command(scope = "crm", name = "offer-promotion-add", description = "Add a promotion to a draft offer")
public class OfferPromotionAddCommand implements Action {
    @Reference
    OfferService offers;

    @Argument(index = 0, name = "offer", required = true, description = "The offer's id")
    long offer;
    @Argument(index = 1, name = "wording", required = true, description = "What the offer says of it (quote it)")
    String wording;
    @Option(name = "--percent", description = "Percentage off the lines given with --lines")
    String percent;
    @Option(name = "--lines", description = "Line numbers the percentage applies to, e.g. 1,3")
    String lines;
    @Option(name = "--amount", description = "Amount of a discount line, net or gross as the offer's prices are")
    String amount;
    @Option(name = "--vat", description = "VAT rate of the lines a discount line lowers: 23, 8, 5, 0, zw, np or oo")
    String vat;

    @Override
    public Object execute() {
        PromotionKind kind = amount == null ? PromotionKind.PERCENT_ON_LINES : PromotionKind.DISCOUNT_LINE;
        Offer current = ShellValues.offer(offers, offer);
        OfferPromotionDraft promotion = new OfferPromotionDraft(kind, wording,
                ShellValues.decimal("percent", "percent", percent),
                lines == null ? null : ShellValues.positions(lines),
                ShellValues.decimal("amount", "amount", amount), vat);
        Offer changed = offers.update(offer, current.version(), OfferDraft.of(current).plusPromotion(promotion));
        return "Offer " + changed.label() + " saves " + changed.promotions().get(changed.promotions().size() - 1)
                .saving().toPlainString() + " with it, " + changed.gross().toPlainString() + " " + changed.currency()
                + " gross";
    }
}
