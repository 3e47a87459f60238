package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * Offers as a new user meets them, over real HTTP and the shell of the booted distribution: a draft for a customer
 * with a catalogue item and a free-text line, a percentage promotion and a discount line gets its VAT table; it
 * prints with both templates in Polish and English; it shows in crm:offer-list and on the customer's timeline;
 * lines are added from the shell; bad input is refused naming the field and changes nothing; the OpenAPI document
 * describes the offer paths; a draft is built and printed to a file from the shell alone. A customer's quote goes
 * out by e-mail through a mail account against GreenMail (SMTP and IMAP on loopback, an OSGi bundle the test
 * starts) with its PDF, takes its number, is repriced as revision r2 and sent again; the customer's reply arrives
 * over IMAP threaded to the offer and is recorded with the acceptance of r2; the offer becomes a pro forma and then
 * a sales invoice, all on the customer's timeline. Admins' templates are uploaded, previewed and printed with.
 * Talks HTTP and the shell only, so the probe never loads the offers module's classes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OffersIT extends RelacjaTestSupport {
    private static final String PASSWORD = "offers-password-1";
    private static final String SMTP_PORT = "relacja.itest.offers.smtp.port";
    private static final String IMAP_PORT = "relacja.itest.offers.imap.port";
    private static final String MAILBOX_PASSWORD = "oferty-imap-1";
    private static final String ACCOUNT_CFG = "etc/dev.relacja.mailbox.account-oferty.cfg";
    private static final String GREENMAIL_LOCATION = "mvn:com.icegreen/greenmail/2.1.8";
    private static final String CUSTOMER_DOMAIN = "kupiec.test";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static boolean seeded;
    private static long customerId;
    private static long itemId;
    private static MailServers mail;

    private String adminPassword;

    /**
     * The distribution plus PDFBox, to read the printed offers back, and a mail account "oferty" whose SMTP and
     * IMAP servers are the GreenMail the tests start.
     */
    @Configuration
    @Override
    public Option[] config() {
        String smtpPort = Integer.toString(TestPorts.free());
        String imapPort = Integer.toString(TestPorts.free());
        return OptionUtils.combine(OptionUtils.combine(super.config(), pdfReader()),
                editConfigurationFilePut("etc/system.properties", SMTP_PORT, smtpPort),
                editConfigurationFilePut("etc/system.properties", IMAP_PORT, imapPort),
                editConfigurationFilePut(ACCOUNT_CFG, "imapHost", "127.0.0.1"),
                editConfigurationFilePut(ACCOUNT_CFG, "imapPort", imapPort),
                editConfigurationFilePut(ACCOUNT_CFG, "imapSecurity", "NONE"),
                editConfigurationFilePut(ACCOUNT_CFG, "imapPassword", MAILBOX_PASSWORD),
                editConfigurationFilePut(ACCOUNT_CFG, "pollSeconds", "5"),
                editConfigurationFilePut(ACCOUNT_CFG, "name", "oferty"),
                editConfigurationFilePut(ACCOUNT_CFG, "address", "oferty@firma.test"),
                editConfigurationFilePut(ACCOUNT_CFG, "displayName", "Dział ofert"),
                editConfigurationFilePut(ACCOUNT_CFG, "smtpHost", "127.0.0.1"),
                editConfigurationFilePut(ACCOUNT_CFG, "smtpPort", smtpPort),
                editConfigurationFilePut(ACCOUNT_CFG, "smtpSecurity", "NONE"));
    }

    @Before
    public void seed() throws Exception {
        adminPassword = initialAdminPassword();
        waitForRest("offers", STARTUP_TIMEOUT);
        if (mail == null) {
            mail = new MailServers(bundleContext.installBundle(GREENMAIL_LOCATION),
                    Integer.parseInt(System.getProperty(SMTP_PORT)), Integer.parseInt(System.getProperty(IMAP_PORT)));
        }
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

    /** Pax Exam runs each test method as a request of its own inside Karaf, so this runs after every method. */
    @AfterClass
    public static void stopMailServers() {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }

    @Test
    public void aQuoteIsMailedRevisedMailedAgainAndAcceptedAsItsSecondRevision() throws Exception {
        long buyer = created(post("counterparties", "{\"code\":\"KUPIEC\",\"name\":\"Kupiec Sp. z o.o.\","
                + "\"kind\":\"COMPANY\",\"nip\":\"7740001454\",\"emails\":[\"zakupy@" + CUSTOMER_DOMAIN + "\"]}",
                "ofertant", PASSWORD)).get("id").asLong();
        JsonNode draft = created(post("offers", "{\"counterpartyId\":" + buyer + ",\"lines\":["
                + "{\"catalogueItemId\":" + itemId + ",\"quantity\":2},"
                + "{\"name\":\"Serwis\",\"unit\":\"usł.\",\"quantity\":1,\"unitPrice\":500.00,\"vatRate\":\"23\"}]}",
                "ofertant", PASSWORD));
        long id = draft.get("id").asLong();
        assertPdf(id, "formal", "pl", "draft #" + id, "3 000,00", "7 995,00 PLN");

        JsonNode sent = ok(postIfMatch("offers/" + id + "/send", "{\"account\":\"oferty\"}", draft));
        String number = sent.get("number").asText();
        assertTrue(number, number.matches("OF/\\d+/\\d{4}"));
        assertEquals("SENT", sent.get("status").asText());
        assertEquals(1, sent.get("revision").asInt());
        String first = attachedPdfText("offer-" + number.replace('/', '-') + ".pdf");
        for (String part : new String[] {"Oferta handlowa " + number, "Kupiec Sp. z o.o.", "3 000,00",
            "7 995,00 PLN"}) {
            assertTrue(part + " in " + first, first.contains(part));
        }
        assertEquals(1, ok(get("mail/messages?record=offer:" + id, "ofertant", PASSWORD)).get("total").asInt());

        JsonNode revised = ok(put("offers/" + id, "{\"counterpartyId\":" + buyer + ",\"lines\":["
                + "{\"catalogueItemId\":" + itemId + ",\"quantity\":2,\"unitPrice\":2800.00},"
                + "{\"name\":\"Serwis\",\"unit\":\"usł.\",\"quantity\":1,\"unitPrice\":500.00,\"vatRate\":\"23\"}]}",
                etag(sent), "ofertant", PASSWORD));
        assertEquals(2, revised.get("revision").asInt());
        assertEquals("SENT", revised.get("status").asText());
        assertEquals("7503.00", revised.get("gross").decimalValue().toPlainString());
        JsonNode revisions = ok(get("offers/" + id + "/revisions", "ofertant", PASSWORD));
        assertEquals(2, revisions.size());
        assertEquals(number + " r2", revisions.get(1).get("label").asText());
        assertEquals("3000.00", revisions.get(0).at("/content/lines/0/unitPrice").decimalValue().toPlainString());
        assertTrue(!revisions.get(0).get("sha256").asText().equals(revisions.get(1).get("sha256").asText()));
        JsonNode diff = ok(get("offers/" + id + "/diff?from=1&to=2", "ofertant", PASSWORD));
        assertTrue(diff.toString(), diff.get("changes").toString().contains("{\"part\":\"LINE\",\"position\":1,"
                + "\"field\":\"unitPrice\",\"before\":\"3000.00\",\"after\":\"2800.00\"}"));
        String shownDiff = executeCommand("crm:offer-diff " + id + " 1 2");
        assertTrue(shownDiff, shownDiff.contains("unitPrice") && shownDiff.contains("2800.00"));

        JsonNode sentAgain = ok(postIfMatch("offers/" + id + "/send", "{}", revised));
        String second = attachedPdfText("offer-" + number.replace('/', '-') + "-r2.pdf");
        assertTrue(second, second.contains(number + " r2") && second.contains("2 800,00")
                && second.contains("7 503,00 PLN"));
        assertTrue(pdfText(pdfOf("offers/" + id + "/revisions/1/pdf")).contains("3 000,00"));

        assertEquals(428, post("offers/" + id + "/accept", "{}", "ofertant", PASSWORD).statusCode());
        assertEquals(412, send(request("offers/" + id + "/accept", "ofertant", PASSWORD)
                .header("Content-Type", "application/json").header("If-Match", etag(sent))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()).statusCode());
        // the customer answers the second e-mail; the mailbox receives it over IMAP and threads it to the offer
        mail.deliverToCompany("Message-ID: <akceptacja-r2@" + CUSTOMER_DOMAIN + ">\r\nFrom: Zakupy <zakupy@"
                + CUSTOMER_DOMAIN + ">\r\nTo: oferty@firma.test\r\nIn-Reply-To: " + mail.messageId(CUSTOMER_DOMAIN,
                "offer-" + number.replace('/', '-') + "-r2.pdf")
                + "\r\nSubject: Re: oferta " + number + " r2\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Przyjmujemy ofertę w wersji r2.\r\n");
        long replyId = awaitReply(id);
        JsonNode accepted = ok(postIfMatch("offers/" + id + "/accept", "{\"revision\":2,\"replyMessageId\":"
                + replyId + "}", sentAgain));
        assertEquals(replyId, accepted.at("/acceptance/replyMessageId").asLong());
        assertEquals("ACCEPTED", accepted.get("status").asText());
        assertEquals(number + " r2", accepted.at("/acceptance/label").asText());
        assertEquals("ofertant", accepted.at("/acceptance/operator").asText());
        assertEquals(revisions.get(1).get("sha256").asText(), accepted.at("/acceptance/sha256").asText());
        assertEquals(409, postIfMatch("offers/" + id + "/reject", "{\"reason\":\"Za drogo\"}", accepted)
                .statusCode());

        assertRefused(postIfMatch("offers/" + id + "/convert", "{\"kind\":\"PARAGON\"}", accepted), "kind");
        HttpResponse<String> conversion = postIfMatch("offers/" + id + "/convert", "{\"kind\":\"PRO_FORMA\"}",
                accepted);
        JsonNode converted = ok(conversion);
        assertEquals("CONVERTED", converted.get("status").asText());
        long proFormaId = converted.at("/conversion/invoiceId").asLong();
        assertTrue(conversion.headers().firstValue("Location").orElseThrow().endsWith("/invoices/" + proFormaId));
        assertEquals(409, postIfMatch("offers/" + id + "/convert", "{}", converted).statusCode());
        JsonNode proForma = ok(post("invoices/" + proFormaId + "/issue", "", "ofertant", PASSWORD));
        assertEquals("PRO_FORMA", proForma.get("kind").asText());
        assertEquals(sentAgain.get("vatTotals"), proForma.get("vatTotals"));
        assertEquals("7503.00", proForma.get("gross").decimalValue().toPlainString());
        JsonNode sales = ok(post("invoices/" + created(post("invoices/" + proFormaId + "/convert", "", "ofertant",
                PASSWORD)).get("id").asLong() + "/issue", "", "ofertant", PASSWORD));
        assertEquals("SALES", sales.get("kind").asText());
        assertEquals(sentAgain.get("vatTotals"), sales.get("vatTotals"));
        assertEquals("7503.00", sales.get("gross").decimalValue().toPlainString());
        boolean linked = false;
        for (JsonNode link : ok(get("links?type=offer&id=" + id, "ofertant", PASSWORD))) {
            linked |= "invoice".equals(link.at("/other/type").asText()) && link.at("/other/id").asLong() == proFormaId;
        }
        assertTrue("offer " + id + " linked to invoice " + proFormaId, linked);
        String shown = executeCommand("crm:offer-show " + id);
        assertTrue(shown, shown.contains("Converted:") && shown.contains("pro forma #" + proFormaId));

        List<String> timeline = new ArrayList<>();
        for (JsonNode entry : ok(get("counterparties/" + buyer + "/timeline", "ofertant", PASSWORD))) {
            timeline.add(entry.get("summary").asText());
        }
        for (String expected : new String[] {"Offer " + number + " r2 (converted): 7503.00 PLN gross",
            "Pro forma " + proForma.get("number").asText() + " (issued): 7503.00 PLN gross",
            "Invoice " + sales.get("number").asText() + " (issued): 7503.00 PLN gross"}) {
            assertTrue(expected + " in " + timeline, timeline.contains(expected));
        }
    }

    @Test
    public void sendingAcceptingAndRejectingRefuseBadInputByName() throws Exception {
        JsonNode draft = created(post("offers", promotedOffer(), "ofertant", PASSWORD));
        long id = draft.get("id").asLong();
        assertRefused(postIfMatch("offers/" + id + "/send", "{}", draft), "to");
        assertRefused(postIfMatch("offers/" + id + "/send", "{\"account\":\"nie-ma\",\"to\":\"zakupy@odmowa.test\"}",
                draft), "account");
        assertRefused(postIfMatch("offers/" + id + "/send", "{\"to\":\"nie adres\"}", draft), "to");
        assertRefused(postIfMatch("offers/" + id + "/send", "{\"to\":\"zakupy@odmowa.test\","
                + "\"printTemplate\":\"fancy\"}", draft), "template");
        JsonNode unchanged = ok(get("offers/" + id, "ofertant", PASSWORD));
        assertEquals("DRAFT", unchanged.get("status").asText());
        assertTrue(unchanged.get("number").isNull());
        assertEquals(0, ok(get("offers/" + id + "/revisions", "ofertant", PASSWORD)).size());
        assertEquals(409, postIfMatch("offers/" + id + "/accept", "{}", draft).statusCode());
        assertRefused(get("offers/" + id + "/diff?to=2", "ofertant", PASSWORD), "from");
        assertEquals(404, get("offers/" + id + "/revisions/1", "ofertant", PASSWORD).statusCode());
        assertEquals(404, get("offers/999999/revisions", "ofertant", PASSWORD).statusCode());

        JsonNode sent = ok(postIfMatch("offers/" + id + "/send", "{\"account\":\"oferty\","
                + "\"to\":\"zakupy@odmowa.test\",\"mailTemplate\":\"offer\",\"mailLanguage\":\"en\"}", draft));
        String[] message = mail.awaitFirst("odmowa.test", WAIT);
        assertEquals("Offer " + sent.get("number").asText() + " – " + companyName(), message[0]);
        assertTrue(message[1], message[1].contains("please find attached our offer " + sent.get("number").asText()));
        assertRefused(postIfMatch("offers/" + id + "/reject", "{\"reason\":\" \"}", sent), "reason");
        assertRefused(postIfMatch("offers/" + id + "/accept", "{\"revision\":5}", sent), "revision");
        JsonNode rejected = ok(postIfMatch("offers/" + id + "/reject", "{\"reason\":\"Za drogo\"}", sent));
        assertEquals("REJECTED", rejected.get("status").asText());
        assertEquals(409, postIfMatch("offers/" + id + "/convert", "{}", rejected).statusCode());
        assertEquals("Za drogo", rejected.get("rejectionReason").asText());
        String revisions = executeCommand("crm:offer-revisions " + id);
        assertTrue(revisions, revisions.contains(sent.get("number").asText()));
    }

    @Test
    public void anAdminUploadsATemplatePreviewsItAndOffersPrintWithIt() throws Exception {
        long id = created(post("offers", promotedOffer(), "ofertant", PASSWORD)).get("id").asLong();
        JsonNode copy = created(put("offer-templates/it-oferta", "{\"name\":\"Oferta IT\",\"basedOn\":\"compact\"}",
                null, ADMIN, adminPassword));
        String text = copy.get("text").asText();
        assertTrue(text, text.contains("${title} ${offer.label}"));
        String changed = text.replace("${title} ${offer.label}", "NASZA OFERTA ${offer.label}");
        JsonNode saved = ok(put("offer-templates/it-oferta", JSON.writeValueAsString(Map.of("name",
                "Oferta IT", "text", changed)), "\"" + copy.get("version").asLong() + "\"", ADMIN, adminPassword));
        assertEquals(412, put("offer-templates/it-oferta", "{\"name\":\"x\",\"basedOn\":\"formal\"}",
                "\"" + copy.get("version").asLong() + "\"", ADMIN, adminPassword).statusCode());
        assertEquals(403, put("offer-templates/cudza", "{\"name\":\"x\",\"basedOn\":\"formal\"}", null,
                "ofertant", PASSWORD).statusCode());
        assertRefused(put("offer-templates/zla", JSON.writeValueAsString(Map.of("name", "Zła",
                "text", "<fo:root>\n<#if>")), null, ADMIN, adminPassword), "text");
        List<String> codes = new ArrayList<>();
        ok(get("offer-templates", "ofertant", PASSWORD)).forEach(t -> codes.add(t.get("code").asText()));
        assertEquals(List.of("formal", "compact", "it-oferta"), codes);

        String preview = pdfText(pdfOf("offer-templates/it-oferta/preview?offerId=" + id + "&language=en"));
        assertTrue(preview, preview.contains("NASZA OFERTA draft #" + id));
        String printed = pdfText(pdfOf("offers/" + id + "/pdf?template=it-oferta"));
        assertTrue(printed, printed.contains("NASZA OFERTA"));
        HttpResponse<String> hostile = send(request("offer-templates/preview", "ofertant", PASSWORD)
                .header("Content-Type", "application/json")
                .setHeader("Accept", "application/pdf, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("offerId", id, "text",
                        "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}")))).build());
        assertRefused(hostile, "template");
        assertTrue(hostile.body(), hostile.body().contains("not allowed"));
        String listed = executeCommand("crm:offer-template-list");
        assertTrue(listed, listed.contains("it-oferta") && listed.contains("Oferta IT"));

        JsonNode chosen = created(post("offers", "{\"printTemplate\":\"it-oferta\"," + promotedOffer().substring(1),
                "ofertant", PASSWORD));
        assertEquals("it-oferta", chosen.get("printTemplate").asText());
        assertTrue(pdfText(pdfOf("offers/" + chosen.get("id").asLong() + "/pdf")).contains("NASZA OFERTA"));
        assertRefused(post("offers", "{\"printTemplate\":\"nie-ma\"," + promotedOffer().substring(1), "ofertant",
                PASSWORD), "printTemplate");
        assertEquals(409, delete("offer-templates/it-oferta", saved.get("version").asLong(), ADMIN, adminPassword));
        assertEquals(204, delete("offers/" + chosen.get("id").asLong(), chosen.get("version").asLong(), "ofertant",
                PASSWORD));
        assertEquals(204, delete("offer-templates/it-oferta", saved.get("version").asLong(), ADMIN, adminPassword));
    }

    @Test
    public void aSerialOfferReachesEachCustomerAtItsOwnPriceThroughOneSendJob() throws Exception {
        for (int i = 1; i <= 3; i++) {
            created(post("counterparties", "{\"code\":\"SERIA-" + i + "\",\"name\":\"Seria Klient " + i
                    + " Sp. z o.o.\",\"kind\":\"COMPANY\",\"nip\":\"5260250274\",\"emails\":[\"biuro@seria" + i
                    + ".test\"],\"emailConsent\":true}", "ofertant", PASSWORD));
        }
        JsonNode serial = created(post("serial-offers", "{\"name\":\"Seria jesienna\",\"filter\":\"Seria Klient\","
                + "\"content\":{\"lines\":[{\"catalogueItemId\":" + itemId + ",\"quantity\":2}]}}", "ofertant", PASSWORD));
        long id = serial.get("id").asLong();
        assertEquals(3, serial.get("members").asInt());
        assertRefused(post("serial-offers", "{\"name\":\"Zła\",\"counterpartyIds\":[999999],\"content\":{}}",
                "ofertant", PASSWORD), "counterpartyIds");
        HttpResponse<String> imported = send(request("serial-offers/" + id + "/prices/import", "ofertant", PASSWORD)
                .header("Content-Type", "text/csv").header("If-Match", etag(serial))
                .POST(HttpRequest.BodyPublishers.ofString("counterparty;item;price\nSERIA-1;OF-LAPTOP;2 100,00\n"
                        + "SERIA-2;OF-LAPTOP;2200\nSERIA-9;OF-LAPTOP;1\n", StandardCharsets.UTF_8)).build());
        JsonNode report = ok(imported);
        assertEquals(2, report.get("stored").asInt());
        assertEquals(report.toString(), "counterparty: no counterparty has the code 'SERIA-9'",
                report.at("/rows/2/error").asText());
        serial = ok(get("serial-offers/" + id, "ofertant", PASSWORD));

        serial = ok(postIfMatch("serial-offers/" + id + "/generate", "", serial));
        assertEquals(3, serial.get("generated").asInt());
        serial = ok(postIfMatch("serial-offers/" + id + "/send", "{\"account\":\"oferty\"}", serial));
        assertEquals("SENT", serial.get("status").asText());
        assertTrue(serial.toString(), serial.get("sendJobId").asLong() > 0);

        String[] ownPrices = {"2 100,00", "2 200,00", "3 000,00"};
        JsonNode members = ok(get("serial-offers/" + id + "/members", "ofertant", PASSWORD)).get("items");
        for (int i = 0; i < 3; i++) {
            JsonNode member = members.get(i);
            assertEquals("SERIA-" + (i + 1), member.get("counterpartyCode").asText());
            String label = member.get("offerLabel").asText();
            assertTrue(label, label.matches("OF/\\d+/\\d{4}"));
            String text = attachedPdfText("seria" + (i + 1) + ".test", "offer-" + label.replace('/', '-') + ".pdf");
            assertTrue(ownPrices[i] + " in " + text, text.contains(ownPrices[i])
                    && text.contains("Seria Klient " + (i + 1)) && text.contains(label));
        }
        Instant until = Instant.now().plus(WAIT);
        JsonNode last = members;
        while (Instant.now().isBefore(until) && countMailed(last) < 3) {
            Thread.sleep(500);
            last = ok(get("serial-offers/" + id + "/members", "ofertant", PASSWORD)).get("items");
        }
        assertEquals(last.toString(), 3, countMailed(last));
        String shown = executeCommand("crm:serial-offer-show " + id);
        assertTrue(shown, shown.contains("SERIA-2") && shown.contains("biuro@seria2.test"));
    }

    /** How many members' messages the mail server took. */
    private static int countMailed(JsonNode members) {
        int mailed = 0;
        for (JsonNode member : members) {
            mailed += "QUEUED".equals(member.path("mail").asText()) && "SENT".equals(member.path("messageStatus")
                    .asText()) ? 1 : 0;
        }
        return mailed;
    }

    @Test
    public void theOpenApiDocumentDescribesTheOfferPaths() throws Exception {
        JsonNode document = ok(get("openapi.json", ADMIN, adminPassword));
        JsonNode paths = document.get("paths");
        for (String path : new String[] {"/offers", "/offers/{id}", "/offers/{id}/pdf", "/offers/{id}/send",
            "/offers/{id}/revisions", "/offers/{id}/revisions/{revision}/pdf", "/offers/{id}/diff",
            "/offers/{id}/accept", "/offers/{id}/reject", "/offers/{id}/convert", "/offer-templates",
            "/offer-templates/{code}", "/offer-templates/{code}/preview", "/offer-templates/preview",
            "/serial-offers", "/serial-offers/{id}", "/serial-offers/{id}/members", "/serial-offers/{id}/prices",
            "/serial-offers/{id}/prices/import", "/serial-offers/{id}/generate", "/serial-offers/{id}/send"}) {
            assertTrue(path + " in " + paths, paths.has(path));
        }
        assertEquals("#/components/schemas/OfferDraft",
                paths.at("/~1offers/post/requestBody/content/application~1json/schema/$ref").asText());
        assertTrue(paths.at("/~1offers~1{id}/delete").has("parameters"));
        assertTrue(document.at("/components/schemas/Offer/properties").has("vatTotals"));
        assertTrue(document.at("/components/schemas/OfferPromotion/properties").has("wording"));
    }

    /** The id of the customer's reply the mailbox received and filed under the offer, waiting for it. */
    private long awaitReply(long offerId) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            for (JsonNode message : ok(get("mail/messages?record=offer:" + offerId, "ofertant", PASSWORD))
                    .get("items")) {
                if ("INBOX".equals(message.get("folder").asText())) {
                    return message.get("id").asLong();
                }
            }
            Thread.sleep(500);
        }
        fail("the customer's reply was not filed under offer " + offerId + " within " + WAIT);
        return 0;
    }

    /** The company's name, as the seller on offers. */
    private String companyName() throws Exception {
        return ok(get("company", ADMIN, adminPassword)).get("name").asText();
    }

    /** POST with the offer's ETag as If-Match. */
    private HttpResponse<String> postIfMatch(String path, String json, JsonNode offer) throws Exception {
        return send(request(path, "ofertant", PASSWORD).header("Content-Type", "application/json")
                .header("If-Match", etag(offer)).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    private static String etag(JsonNode offer) {
        return "\"" + offer.get("version").asLong() + "\"";
    }

    private byte[] pdfOf(String path) throws Exception {
        HttpResponse<byte[]> pdf = send(request(path, "ofertant", PASSWORD).setHeader("Accept", "application/pdf")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(new String(pdf.body(), StandardCharsets.UTF_8), 200, pdf.statusCode());
        return pdf.body();
    }

    /**
     * The text of the PDF named {@code fileName} attached to a message that reached the customer's domain, waiting
     * for it to arrive.
     */
    private static String attachedPdfText(String fileName) throws Exception {
        return attachedPdfText(CUSTOMER_DOMAIN, fileName);
    }

    /** The same for a message that reached {@code domain}. */
    private static String attachedPdfText(String domain, String fileName) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            byte[] pdf = mail.attachment(domain, fileName);
            if (pdf != null) {
                return pdfText(pdf);
            }
            Thread.sleep(300);
        }
        fail("no message with " + fileName + " reached " + domain + " within " + WAIT);
        return null;
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

    /**
     * GreenMail's SMTP and IMAP servers on loopback, started from its OSGi bundle, with the company's mailbox
     * oferty@firma.test; GreenMail and Jakarta Mail types stay in this class, which the probe loads only once the
     * bundle is there.
     */
    static final class MailServers {
        private final com.icegreen.greenmail.util.GreenMail server;
        private final com.icegreen.greenmail.user.GreenMailUser company;

        MailServers(Bundle bundle, int smtpPort, int imapPort) throws Exception {
            bundle.start();
            server = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup[] {
                new com.icegreen.greenmail.util.ServerSetup(smtpPort, "127.0.0.1", "smtp"),
                new com.icegreen.greenmail.util.ServerSetup(imapPort, "127.0.0.1", "imap")});
            server.start();
            company = server.setUser("oferty@firma.test", "oferty@firma.test", MAILBOX_PASSWORD);
        }

        /** A message the customer sends to the company's inbox, as raw RFC 5322 text. */
        void deliverToCompany(String raw) throws Exception {
            company.deliver(com.icegreen.greenmail.util.GreenMailUtil.newMimeMessage(raw));
        }

        /** The subject and the text part of the first message for {@code domain}, waiting for it. */
        String[] awaitFirst(String domain, Duration wait) throws Exception {
            Instant until = Instant.now().plus(wait);
            while (Instant.now().isBefore(until)) {
                for (jakarta.mail.internet.MimeMessage message : server.getReceivedMessagesForDomain(domain)) {
                    jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart(
                            new jakarta.mail.util.ByteArrayDataSource(message.getInputStream().readAllBytes(),
                                    message.getContentType()));
                    return new String[] {message.getSubject(), new String(parts.getBodyPart(0).getInputStream()
                            .readAllBytes(), StandardCharsets.UTF_8)};
                }
                Thread.sleep(300);
            }
            fail("nothing arrived for " + domain + " within " + wait);
            return null;
        }

        /** The Message-ID of the message for {@code domain} that carries {@code fileName}. */
        String messageId(String domain, String fileName) throws Exception {
            return carrying(domain, fileName).orElseThrow().getMessageID();
        }

        /**
         * The content of the part named {@code fileName} of a message received for {@code domain} (what the mailbox
         * appended to the Sent folder over IMAP counts too: it is the same message), or null while none has
         * arrived; read without Activation's content handlers.
         */
        byte[] attachment(String domain, String fileName) throws Exception {
            jakarta.mail.internet.MimeMessage message = carrying(domain, fileName).orElse(null);
            return message == null ? null
                    : part(message.getContentType(), message.getInputStream().readAllBytes(), fileName);
        }

        private java.util.Optional<jakarta.mail.internet.MimeMessage> carrying(String domain, String fileName)
                throws Exception {
            for (jakarta.mail.internet.MimeMessage message : server.getReceivedMessagesForDomain(domain)) {
                if (part(message.getContentType(), message.getInputStream().readAllBytes(), fileName) != null) {
                    return java.util.Optional.of(message);
                }
            }
            return java.util.Optional.empty();
        }

        private static byte[] part(String contentType, byte[] body, String fileName) throws Exception {
            jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart(
                    new jakarta.mail.util.ByteArrayDataSource(body, contentType));
            for (int i = 0; i < parts.getCount(); i++) {
                jakarta.mail.BodyPart part = parts.getBodyPart(i);
                byte[] content = part.getInputStream().readAllBytes();
                if (fileName.equals(part.getFileName())) {
                    return content;
                }
                if (part.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                    byte[] nested = part(part.getContentType(), content, fileName);
                    if (nested != null) {
                        return nested;
                    }
                }
            }
            return null;
        }

        void stop() {
            server.stop();
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

    /** DELETE with the version as If-Match; answers the status. */
    private int delete(String path, long version, String user, String password) throws Exception {
        return send(request(path, user, password).header("If-Match", "\"" + version + "\"").DELETE().build())
                .statusCode();
    }
}
