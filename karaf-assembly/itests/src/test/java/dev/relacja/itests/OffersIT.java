package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Offers as a new user meets them, over real HTTP and the shell of the booted distribution: a draft for a customer
 * with a catalogue item and a free-text line, a percentage promotion and a discount line gets its VAT table; it
 * prints with both templates in Polish and English; it shows in crm:offer-list and on the customer's timeline;
 * lines are added from the shell; bad input is refused naming the field and changes nothing; the OpenAPI document
 * describes the offer paths; a draft is built and printed to a file from the shell alone. Talks HTTP and the
 * shell only, so the probe never loads the offers module's classes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OffersIT extends RelacjaTestSupport {
    private static final String PASSWORD = "offers-password-1";
    private static boolean seeded;
    private static long customerId;
    private static long itemId;

    private String adminPassword;

    /** The distribution plus PDFBox, to read the printed offers back. */
    @Configuration
    @Override
    public Option[] config() {
        return OptionUtils.combine(super.config(), pdfReader());
    }

    @Before
    public void seed() throws Exception {
        adminPassword = initialAdminPassword();
        waitForRest("offers", STARTUP_TIMEOUT);
        if (seeded) {
            return;
        }
        HttpResponse<String> operator = post("operators", "{\"operator\":{\"username\":\"ofertant\","
                + "\"displayName\":\"Olga Ofertowa\",\"role\":\"OPERATOR\"},\"password\":\"" + PASSWORD + "\"}",
                ADMIN, adminPassword);
        assertEquals(operator.body(), 201, operator.statusCode());
        customerId = created(post("counterparties", "{\"code\":\"OFERTA-KLIENT\","
                + "\"name\":\"Klient Ofertowy Sp. z o.o.\",\"kind\":\"COMPANY\",\"nip\":\"5260250274\","
                + "\"addresses\":{\"registered\":{\"street\":\"ul. Łąkowa 3\",\"postalCode\":\"90-001\","
                + "\"city\":\"Łódź\"}}}",
                "ofertant", PASSWORD)).get("id").asLong();
        itemId = created(post("catalogue-items", "{\"code\":\"OF-LAPTOP\",\"name\":\"Laptop biznesowy\","
                + "\"kind\":\"GOODS\",\"unit\":\"szt.\",\"netPrice\":3000.00,\"vatRate\":\"23\"}", "ofertant",
                PASSWORD)).get("id").asLong();
        seeded = true;
    }

    @Test
    public void anOfferWithPromotionsGetsItsTotalsPrintsAndShowsInTheShellAndOnTheTimeline() throws Exception {
        JsonNode offer = created(post("offers", promotedOffer(), "ofertant", PASSWORD));
        long id = offer.get("id").asLong();
        assertEquals("DRAFT", offer.get("status").asText());
        assertEquals("Laptop biznesowy", offer.at("/lines/0/name").asText());
        assertEquals("3000.00", offer.at("/lines/0/unitPrice").decimalValue().toPlainString());

        HttpResponse<String> read = get("offers/" + id, "ofertant", PASSWORD);
        JsonNode again = ok(read);
        assertEquals("\"" + again.get("version").asLong() + "\"", read.headers().firstValue("ETag").orElseThrow());
        // 23 %: 2 × 3000.00 − 10 % − 5 % = 5130.00, + 500.00 − 100.00 = 5530.00, VAT 1271.90; 8 %: 99.99, VAT 8.00
        JsonNode rates = again.get("vatTotals");
        assertEquals(again.toString(), 2, rates.size());
        assertEquals("5530.00", rates.get(0).get("net").decimalValue().toPlainString());
        assertEquals("1271.90", rates.get(0).get("vat").decimalValue().toPlainString());
        assertEquals("8.00", rates.get(1).get("vat").decimalValue().toPlainString());
        assertEquals("6909.89", again.get("gross").decimalValue().toPlainString());
        assertEquals("270.00", again.at("/promotions/0/saving").decimalValue().toPlainString());

        assertPdf(id, "formal", "pl", "Oferta handlowa", "draft #" + id, "Klient Ofertowy Sp. z o.o.", "5 130,00",
                "Rabat świąteczny", "-270,00", "Bon lojalnościowy", "1 271,90", "6 909,89 PLN", "Przelew 14 dni");
        assertPdf(id, "compact", "en", "Commercial offer", "5,130.00", "6,909.89 PLN", "Payment terms");

        String list = executeCommand("crm:offer-list --counterparty OFERTA-KLIENT");
        assertTrue(list, list.contains("draft #" + id));
        assertTrue(list, list.contains("6909.89"));
        String added = executeCommand("crm:offer-line-add --quantity 1 --unit szt. --price 100 --vat 23 " + id
                + " \"Torba na laptopa\"");
        assertTrue(added, added.contains("4 lines, 7032.89 PLN gross"));
        String shown = executeCommand("crm:offer-show " + id);
        assertTrue(shown, shown.contains("Torba na laptopa"));

        JsonNode timeline = ok(get("counterparties/" + customerId + "/timeline", "ofertant", PASSWORD));
        boolean onTimeline = false;
        for (JsonNode entry : timeline) {
            onTimeline |= "offer".equals(entry.get("recordType").asText()) && entry.get("recordId").asLong() == id
                    && entry.get("summary").asText().contains("Offer draft #" + id);
        }
        assertTrue(timeline.toString(), onTimeline);
    }

    @Test
    public void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        int total = ok(get("offers?counterpartyId=" + customerId, "ofertant", PASSWORD)).get("total").asInt();
        HttpResponse<String> refused = post("offers", "{\"counterpartyId\":" + customerId
                + ",\"issueDate\":\"2026-12-10\",\"validUntil\":\"2026-12-01\",\"lines\":["
                + "{\"name\":\"Ujemna\",\"unit\":\"szt.\",\"quantity\":-1,\"unitPrice\":10,\"vatRate\":\"23\"},"
                + "{\"name\":\"Rabat\",\"unit\":\"szt.\",\"quantity\":1,\"unitPrice\":10,\"discountPercent\":120,"
                + "\"vatRate\":\"22\"}]}", "ofertant", PASSWORD);
        for (String field : new String[] {"validUntil", "lines[0].quantity", "lines[1].discountPercent",
            "lines[1].vatRate"}) {
            assertRefused(refused, field);
        }
        assertRefused(post("offers", "{\"counterpartyId\":999999}", "ofertant", PASSWORD), "counterpartyId");
        assertEquals(total, ok(get("offers?counterpartyId=" + customerId, "ofertant", PASSWORD)).get("total").asInt());
        assertEquals(400, get("offers?status=won", "ofertant", PASSWORD).statusCode());
        assertEquals(404, get("offers/999999", "ofertant", PASSWORD).statusCode());

        JsonNode draft = created(post("offers", promotedOffer(), "ofertant", PASSWORD));
        long id = draft.get("id").asLong();
        String etag = "\"" + draft.get("version").asLong() + "\"";
        assertRefused(put("offers/" + id, "{\"counterpartyId\":" + customerId + ",\"lines\":[{\"name\":\"X\","
                + "\"unit\":\"szt.\",\"quantity\":0,\"unitPrice\":1,\"vatRate\":\"23\"}]}", etag, "ofertant", PASSWORD),
                "lines[0].quantity");
        assertEquals(3, ok(get("offers/" + id, "ofertant", PASSWORD)).get("lines").size());
        assertEquals(400, send(request("offers/" + id + "/pdf?template=fancy", "ofertant", PASSWORD)
                .setHeader("Accept", "application/pdf, application/problem+json").GET().build()).statusCode());
        assertEquals(428, delete("offers/" + id, "ofertant", PASSWORD).statusCode());
        HttpResponse<String> deleted = send(request("offers/" + id, "ofertant", PASSWORD).header("If-Match", etag)
                .DELETE().build());
        assertEquals(deleted.body(), 204, deleted.statusCode());
        assertEquals(404, get("offers/" + id, "ofertant", PASSWORD).statusCode());
    }

    @Test
    public void aDraftIsBuiltAndPrintedFromTheShell() throws Exception {
        String added = executeCommand("crm:offer-add --valid-until 2099-12-31 --payment-terms \"Przedpłata\""
                + " OFERTA-KLIENT");
        Matcher label = Pattern.compile("Offer draft #(\\d+) for").matcher(added);
        assertTrue(added, label.find());
        long id = Long.parseLong(label.group(1));
        executeCommand("crm:offer-line-add --item OF-LAPTOP --quantity 2 " + id);
        String promoted = executeCommand("crm:offer-promotion-add --percent 10 --lines 1 " + id
                + " \"Rabat na start\"");
        // 2 × 3000.00 less 10 % = 5400.00 net, VAT 1242.00
        assertTrue(promoted, promoted.contains("saves 600.00 with it, 6642.00 PLN gross"));
        Path file = karafBase().resolve("offer-" + id + ".pdf");
        String written = executeCommand("crm:offer-pdf --language en --template compact --file " + file + " " + id);
        assertTrue(written, written.startsWith("Wrote "));
        String text = pdfText(Files.readAllBytes(file));
        for (String part : new String[] {"Commercial offer draft #" + id, "Laptop biznesowy", "Rabat na start",
            "-600.00", "6,642.00 PLN", "Przedpłata", "2099-12-31"}) {
            assertTrue(part + " in " + text, text.contains(part));
        }
        assertEquals("DRAFT", ok(get("offers/" + id, "ofertant", PASSWORD)).get("status").asText());
    }

    @Test
    public void theOpenApiDocumentDescribesTheOfferPaths() throws Exception {
        JsonNode document = ok(get("openapi.json", ADMIN, adminPassword));
        JsonNode paths = document.get("paths");
        for (String path : new String[] {"/offers", "/offers/{id}", "/offers/{id}/pdf"}) {
            assertTrue(path + " in " + paths, paths.has(path));
        }
        assertEquals("#/components/schemas/OfferDraft",
                paths.at("/~1offers/post/requestBody/content/application~1json/schema/$ref").asText());
        assertTrue(paths.at("/~1offers~1{id}/delete").has("parameters"));
        assertTrue(document.at("/components/schemas/Offer/properties").has("vatTotals"));
        assertTrue(document.at("/components/schemas/OfferPromotion/properties").has("wording"));
    }

    private void assertPdf(long id, String template, String language, String... parts) throws Exception {
        HttpResponse<byte[]> pdf = send(request("offers/" + id + "/pdf?template=" + template + "&language="
                        + language, "ofertant", PASSWORD).setHeader("Accept", "application/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(new String(pdf.body()), 200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = pdfText(pdf.body());
        for (String part : parts) {
            assertTrue(part + " in " + text, text.contains(part));
        }
    }

    /** The PDF's text with every run of white space (no-break spaces too) as one space. */
    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
        }
    }

    private static String promotedOffer() {
        return "{\"counterpartyId\":" + customerId + ",\"lines\":["
                + "{\"catalogueItemId\":" + itemId + ",\"quantity\":2,\"discountPercent\":10},"
                + "{\"name\":\"Książka – podręcznik\",\"unit\":\"szt.\",\"quantity\":3,\"unitPrice\":33.33,"
                + "\"vatRate\":\"8\"},"
                + "{\"name\":\"Serwis\",\"unit\":\"usł.\",\"quantity\":1,\"unitPrice\":500.00,\"vatRate\":\"23\"}],"
                + "\"promotions\":[{\"kind\":\"PERCENT_ON_LINES\",\"wording\":\"Rabat świąteczny\",\"percent\":5,"
                + "\"linePositions\":[1]},{\"kind\":\"DISCOUNT_LINE\",\"wording\":\"Bon lojalnościowy\","
                + "\"amount\":100.00,\"vatRate\":\"23\"}],"
                + "\"texts\":{\"paymentTerms\":\"Przelew 14 dni\",\"deliveryTerms\":\"Kurier w 5 dni\"}}";
    }
}
