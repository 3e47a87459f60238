package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Invoices as a new user meets them, over real HTTP of the booted distribution: a draft with lines at 23 %
 * and 8 % gets its VAT table, issuing numbers it in the monthly sales series and freezes it, the next issue
 * takes the next number, an issued invoice comes out as FA(3) XML for KSeF, and bad input is refused naming
 * every field. Talks HTTP only, so the probe never loads the invoicing module's classes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class InvoicesIT extends RelacjaTestSupport {
    /** Amounts read back exactly as sent, scale included (200.00, not 200.0). */
    private static final String PASSWORD = "invoices-password-1";
    private static final Pattern SALES_NUMBER = Pattern.compile("FS/(\\d+)/(\\d{2})/(\\d{4})");
    private static boolean seeded;
    private static long buyerId;

    private String adminPassword;

    @Before
    public void seed() throws Exception {
        adminPassword = initialAdminPassword();
        waitForRest("invoices", STARTUP_TIMEOUT);
        if (seeded) {
            return;
        }
        HttpResponse<String> operator = post("operators", "{\"operator\":{\"username\":\"fakturzystka\","
                + "\"displayName\":\"Fakturzystka\",\"role\":\"OPERATOR\"},\"password\":\"" + PASSWORD + "\"}",
                ADMIN, adminPassword);
        assertEquals(operator.body(), 201, operator.statusCode());
        buyerId = created(post("counterparties", "{\"code\":\"FAKT-KLIENT\",\"name\":\"Klient Fakturowy Sp. z o.o.\","
                + "\"kind\":\"COMPANY\",\"nip\":\"5260250274\",\"paymentTermDays\":21,"
                + "\"addresses\":{\"registered\":{\"street\":\"ul. Łąkowa 3\",\"postalCode\":\"90-001\",\"city\":\"Łódź\"}}}",
                "fakturzystka", PASSWORD)).get("id").asLong();
        seeded = true;
    }

    @Test
    public void aDraftWithTwoRatesIsIssuedWithItsNumberAndTotalsAndTheNextTakesTheNextNumber() throws Exception {
        JsonNode draft = created(post("invoices", twoRateDraft(), "fakturzystka", PASSWORD));
        long id = draft.get("id").asLong();
        assertEquals("DRAFT", draft.get("status").asText());
        assertTrue(draft.get("number").isNull());
        // 2 × 100.00 at 23 % and 3 × 33.33 at 8 %: VAT per rate 46.00 and 8.00 (99.99 × 8 % = 7.9992)
        assertTotals(draft);

        JsonNode issued = ok(post("invoices/" + id + "/issue", "", "fakturzystka", PASSWORD));
        assertEquals("ISSUED", issued.get("status").asText());
        LocalDate today = LocalDate.parse(issued.get("issueDate").asText());
        Matcher number = SALES_NUMBER.matcher(issued.get("number").asText());
        assertTrue(issued.get("number").asText(), number.matches());
        assertEquals(String.format("%02d", today.getMonthValue()), number.group(2));
        assertEquals(Integer.toString(today.getYear()), number.group(3));
        assertEquals("Klient Fakturowy Sp. z o.o.", issued.get("buyer").get("name").asText());
        assertEquals(today.plusDays(21).toString(), issued.get("dueDate").asText());
        assertTotals(issued);
        assertEquals(409, post("invoices/" + id + "/issue", "", "fakturzystka", PASSWORD).statusCode());
        HttpResponse<String> read = get("invoices/" + id, "fakturzystka", PASSWORD);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertEquals(409, put("invoices/" + id, twoRateDraft(), etag, "fakturzystka", PASSWORD).statusCode());

        long second = created(post("invoices", twoRateDraft(), "fakturzystka", PASSWORD)).get("id").asLong();
        JsonNode next = ok(post("invoices/" + second + "/issue", "", "fakturzystka", PASSWORD));
        Matcher nextNumber = SALES_NUMBER.matcher(next.get("number").asText());
        assertTrue(next.get("number").asText(), nextNumber.matches());
        if (nextNumber.group(2).equals(number.group(2))) { // unless the month turned over between the two
            assertEquals(Integer.parseInt(number.group(1)) + 1, Integer.parseInt(nextNumber.group(1)));
        }
        assertTrue(ok(get("invoices?q=" + issued.get("number").asText(), "fakturzystka", PASSWORD)).get("total").asInt() >= 1);
    }

    @Test
    public void badInputIsRefusedNamingEveryFieldAndChangesNothing() throws Exception {
        int total = ok(get("invoices?counterparty=" + buyerId, "fakturzystka", PASSWORD)).get("total").asInt();
        HttpResponse<String> refused = post("invoices", "{\"counterpartyId\":" + buyerId + ",\"currency\":\"EUR\","
                + "\"lines\":[{\"name\":\"Ujemna\",\"unit\":\"szt.\",\"quantity\":-1,\"unitPrice\":10,\"vatRate\":\"23\"},"
                + "{\"name\":\"Zła stawka\",\"unit\":\"szt.\",\"quantity\":1,\"unitPrice\":10,\"vatRate\":\"22\"}]}",
                "fakturzystka", PASSWORD);
        for (String field : new String[] {"currency", "lines[0].quantity", "lines[1].vatRate"}) {
            assertRefused(refused, field);
        }
        assertRefused(post("invoices", "{\"counterpartyId\":999999,\"lines\":[]}", "fakturzystka", PASSWORD),
                "counterpartyId");
        long empty = created(post("invoices", "{\"counterpartyId\":" + buyerId + ",\"lines\":[]}", "fakturzystka",
                PASSWORD)).get("id").asLong();
        assertRefused(post("invoices/" + empty + "/issue", "", "fakturzystka", PASSWORD), "lines");
        assertEquals(total + 1, ok(get("invoices?counterparty=" + buyerId, "fakturzystka", PASSWORD)).get("total").asInt());
        assertEquals("DRAFT", ok(get("invoices/" + empty, "fakturzystka", PASSWORD)).get("status").asText());
        assertEquals(400, get("invoices?status=paidoff", "fakturzystka", PASSWORD).statusCode());
    }

    @Test
    public void anIssuedInvoiceIsExportedAsValidFa3AndADraftIsRefused() throws Exception {
        HttpResponse<String> company = get("company", ADMIN, adminPassword);
        HttpResponse<String> seller = put("company", "{\"name\":\"Relacja Sp. z o.o.\",\"nip\":\"5261040828\","
                + "\"street\":\"ul. Długa 1\",\"postalCode\":\"31-147\",\"city\":\"Kraków\","
                + "\"bankAccounts\":[\"61 1090 1014 0000 0712 1981 2874\"],\"defaultCurrency\":\"PLN\","
                + "\"timeZone\":\"Europe/Warsaw\"}", company.headers().firstValue("ETag").orElseThrow(), ADMIN,
                adminPassword);
        assertEquals(seller.body(), 200, seller.statusCode());
        long id = created(post("invoices", twoRateDraft(), "fakturzystka", PASSWORD)).get("id").asLong();
        HttpResponse<String> draft = fa3(id);
        assertEquals(draft.body(), 409, draft.statusCode());
        assertTrue(draft.body(), draft.body().contains("draft"));
        String number = ok(post("invoices/" + id + "/issue", "", "fakturzystka", PASSWORD)).get("number").asText();

        HttpResponse<String> fa3 = fa3(id);

        // the bundle answers only what passed its check against the bundled official schema, inside Karaf
        assertEquals(fa3.body(), 200, fa3.statusCode());
        assertTrue(fa3.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        assertEquals("attachment; filename=\"" + number.replace('/', '_') + ".xml\"",
                fa3.headers().firstValue("Content-Disposition").orElse(""));
        for (String element : new String[] {"<P_2>" + number + "</P_2>", "<P_15>353.99</P_15>",
            "<P_13_1>200.00</P_13_1>", "<P_14_2>8.00</P_14_2>", "<NIP>5261040828</NIP>", "<NIP>5260250274</NIP>"}) {
            assertTrue(fa3.body(), fa3.body().contains(element));
        }
    }

    private HttpResponse<String> fa3(long id) throws Exception {
        return send(request("invoices/" + id + "/ksef", "fakturzystka", PASSWORD)
                .setHeader("Accept", "application/xml, application/problem+json").GET().build());
    }

    private static String twoRateDraft() {
        return "{\"counterpartyId\":" + buyerId + ",\"lines\":["
                + "{\"name\":\"Wdrożenie systemu\",\"unit\":\"usł.\",\"quantity\":2,\"unitPrice\":100.00,\"vatRate\":\"23\"},"
                + "{\"name\":\"Książka – podręcznik\",\"unit\":\"szt.\",\"quantity\":3,\"unitPrice\":33.33,\"vatRate\":\"8\"}]}";
    }

    private static void assertTotals(JsonNode invoice) {
        JsonNode rates = invoice.get("vatTotals");
        assertEquals(invoice.toString(), 2, rates.size());
        assertEquals("23", rates.get(0).get("vatRate").asText());
        assertEquals("200.00", rates.get(0).get("net").decimalValue().toPlainString());
        assertEquals("46.00", rates.get(0).get("vat").decimalValue().toPlainString());
        assertEquals("8", rates.get(1).get("vatRate").asText());
        assertEquals("99.99", rates.get(1).get("net").decimalValue().toPlainString());
        assertEquals("8.00", rates.get(1).get("vat").decimalValue().toPlainString());
        assertEquals("299.99", invoice.get("net").decimalValue().toPlainString());
        assertEquals("54.00", invoice.get("vat").decimalValue().toPlainString());
        assertEquals("353.99", invoice.get("gross").decimalValue().toPlainString());
    }
}
