package dev.relacja.offers.impl.printing;

import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferLine;
import dev.relacja.offers.api.OfferPromotion;
import dev.relacja.offers.api.OfferStatus;
import dev.relacja.offers.api.OfferTexts;
import dev.relacja.offers.api.OfferVatTotal;
import dev.relacja.offers.api.PromotionKind;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an offer's template sees, built from values already at hand: title, language, label (the words in that
 * language), offer, seller, buyer, contactPerson, owner, lines, promotions, vatTotals and grandTotal. Amounts
 * arrive formatted in the language; texts are never null ("" when absent). The README lists the keys.
 */
public final class OfferPrintModel {

    /** The offer's own fields as printed; {@code label} is its name: "draft #12", "OF/12/2026" or "OF/12/2026 r2". */
    public record OfferView(long id, String label, String status, boolean draft, String issueDate,
            String validUntil, String currency, boolean grossPrices, String net, String vat, String gross,
            String paymentTerms, String deliveryTerms, String introduction, String references,
            String companyInformation, String productInformation) {
    }

    /** A party: name, address lines and NIP ("" without one). */
    public record PartyView(String name, String nip, List<String> addressLines) {
    }

    /** A line: {@code discount} and {@code promotion} are "" when none applies; {@code vatRate} as "23%" or "zw". */
    public record LineView(int position, String name, String description, String unit, String quantity,
            String unitPrice, String discount, String promotion, String vatRate, String net, String vat,
            String gross) {
    }

    /** A promotion: its wording, what it is ("10% — poz. 1, 3"; "VAT 23%"), and what it saves ("-12,30"). */
    public record PromotionView(String wording, String kind, String detail, String saving) {
    }

    /** A row of the VAT table. */
    public record VatTotalView(String vatRate, String net, String vat, String gross) {
    }

    private OfferPrintModel() {
    }

    static Map<String, Object> of(Offer offer, PartyView seller, PartyView buyer, String contactPerson, String owner,
            PrintLanguage language) {
        Map<String, String> label = language.labels();
        Map<String, Object> model = new HashMap<>();
        model.put("title", label.get("title"));
        model.put("language", language.code());
        model.put("label", label);
        model.put("offer", offer(offer, language));
        model.put("seller", seller);
        model.put("buyer", buyer);
        model.put("contactPerson", contactPerson == null ? "" : contactPerson);
        model.put("owner", owner == null ? "" : owner);
        model.put("lines", offer.lines().stream().map(line -> line(line, language)).toList());
        model.put("promotions", offer.promotions().stream().map(p -> promotion(p, language, label)).toList());
        model.put("vatTotals", offer.vatTotals().stream().map(total -> vatTotal(total, language)).toList());
        model.put("grandTotal", language.money(offer.gross()) + "\u00A0" + offer.currency());
        return model;
    }

    private static OfferView offer(Offer offer, PrintLanguage language) {
        OfferTexts texts = offer.texts();
        return new OfferView(offer.id(), offer.label(), offer.status().name(), offer.status() == OfferStatus.DRAFT,
                offer.issueDate().toString(),
                offer.validUntil().toString(), offer.currency(), "GROSS".equals(offer.priceBasis()),
                language.money(offer.net()), language.money(offer.vat()), language.money(offer.gross()),
                text(texts.paymentTerms()), text(texts.deliveryTerms()), text(texts.introduction()),
                text(texts.references()), text(texts.companyInformation()), text(texts.productInformation()));
    }

    private static LineView line(OfferLine line, PrintLanguage language) {
        return new LineView(line.position(), line.name(), text(line.description()), line.unit(),
                language.decimal(line.quantity()), language.money(line.unitPrice()),
                percent(line.discountPercent(), language), percent(line.promotionPercent(), language),
                rate(line.vatRate()), language.money(line.net()), language.money(line.vat()),
                language.money(line.gross()));
    }

    private static PromotionView promotion(OfferPromotion promotion, PrintLanguage language,
            Map<String, String> label) {
        boolean percent = promotion.kind() == PromotionKind.PERCENT_ON_LINES;
        String detail = percent
                ? language.decimal(promotion.percent()) + "% — " + label.get("lines") + " "
                        + promotion.linePositions().stream().map(String::valueOf).collect(Collectors.joining(", "))
                : "VAT " + rate(promotion.vatRate());
        return new PromotionView(promotion.wording(), label.get(percent ? "percentOnLines" : "discountLine"), detail,
                language.money(promotion.saving().negate()));
    }

    private static VatTotalView vatTotal(OfferVatTotal total, PrintLanguage language) {
        return new VatTotalView(rate(total.vatRate()), language.money(total.net()), language.money(total.vat()),
                language.money(total.gross()));
    }

    private static String percent(BigDecimal value, PrintLanguage language) {
        return value == null || value.signum() == 0 ? "" : language.decimal(value);
    }

    /** Numeric rates with a percent sign, the others (zw, np, oo) by their code. */
    private static String rate(String code) {
        return !code.isEmpty() && Character.isDigit(code.charAt(0)) ? code + "%" : code;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
