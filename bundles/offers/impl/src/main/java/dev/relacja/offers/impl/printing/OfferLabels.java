package dev.relacja.offers.impl.printing;

import java.util.Map;

/**
 * The words the offer templates print, by language, so that one template serves both: templates show them as
 * {@code label.<key>}. Partners' templates may use the same keys.
 */
final class OfferLabels {
    private static final Map<String, String> POLISH = Map.ofEntries(
            Map.entry("title", "Oferta handlowa"),
            Map.entry("draft", "projekt"),
            Map.entry("seller", "Oferent"),
            Map.entry("buyer", "Dla"),
            Map.entry("contactPerson", "Osoba kontaktowa"),
            Map.entry("owner", "Ofertę przygotował(a)"),
            Map.entry("issueDate", "Data wystawienia"),
            Map.entry("validUntil", "Ważna do"),
            Map.entry("currency", "Waluta"),
            Map.entry("position", "Lp."),
            Map.entry("item", "Towar lub usługa"),
            Map.entry("unit", "J.m."),
            Map.entry("quantity", "Ilość"),
            Map.entry("netPrice", "Cena jedn. netto"),
            Map.entry("grossPrice", "Cena jedn. brutto"),
            Map.entry("discount", "Rabat %"),
            Map.entry("promotion", "Prom. %"),
            Map.entry("vatRate", "Stawka VAT"),
            Map.entry("vatShort", "VAT"),
            Map.entry("net", "Wartość netto"),
            Map.entry("vat", "Kwota VAT"),
            Map.entry("gross", "Wartość brutto"),
            Map.entry("total", "Razem"),
            Map.entry("promotions", "Promocje"),
            Map.entry("saving", "Oszczędność"),
            Map.entry("discountLine", "Rabat kwotowy"),
            Map.entry("percentOnLines", "Rabat na pozycje"),
            Map.entry("lines", "poz."),
            Map.entry("grandTotal", "Razem do zapłaty"),
            Map.entry("paymentTerms", "Warunki płatności"),
            Map.entry("deliveryTerms", "Warunki dostawy"),
            Map.entry("introduction", "Wprowadzenie"),
            Map.entry("references", "Referencje"),
            Map.entry("companyInformation", "O firmie"),
            Map.entry("productInformation", "Informacje o produktach"),
            Map.entry("validity", "Oferta jest ważna do"),
            Map.entry("page", "Strona"),
            Map.entry("of", "z"));

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("title", "Commercial offer"),
            Map.entry("draft", "draft"),
            Map.entry("seller", "From"),
            Map.entry("buyer", "To"),
            Map.entry("contactPerson", "Contact person"),
            Map.entry("owner", "Prepared by"),
            Map.entry("issueDate", "Issue date"),
            Map.entry("validUntil", "Valid until"),
            Map.entry("currency", "Currency"),
            Map.entry("position", "No."),
            Map.entry("item", "Goods or service"),
            Map.entry("unit", "Unit"),
            Map.entry("quantity", "Qty"),
            Map.entry("netPrice", "Net unit price"),
            Map.entry("grossPrice", "Gross unit price"),
            Map.entry("discount", "Disc. %"),
            Map.entry("promotion", "Promo %"),
            Map.entry("vatRate", "VAT rate"),
            Map.entry("vatShort", "VAT"),
            Map.entry("net", "Net amount"),
            Map.entry("vat", "VAT amount"),
            Map.entry("gross", "Gross amount"),
            Map.entry("total", "Total"),
            Map.entry("promotions", "Promotions"),
            Map.entry("saving", "You save"),
            Map.entry("discountLine", "Amount discount"),
            Map.entry("percentOnLines", "Discount on items"),
            Map.entry("lines", "items"),
            Map.entry("grandTotal", "Total to pay"),
            Map.entry("paymentTerms", "Payment terms"),
            Map.entry("deliveryTerms", "Delivery terms"),
            Map.entry("introduction", "Introduction"),
            Map.entry("references", "References"),
            Map.entry("companyInformation", "About us"),
            Map.entry("productInformation", "Product information"),
            Map.entry("validity", "This offer is valid until"),
            Map.entry("page", "Page"),
            Map.entry("of", "of"));

    private OfferLabels() {
    }

    static Map<String, String> of(PrintLanguage language) {
        return language == PrintLanguage.PL ? POLISH : ENGLISH;
    }
}
