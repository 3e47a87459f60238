package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * Cyclic invoicing as a new user meets it, over real HTTP of the booted distribution: a monthly scheme with
 * two lines and three counterparties with their own quantities and prices is previewed, run and re-run; its
 * invoices carry consecutive numbers and the right totals, print to PDFs whose text has the amounts and the
 * amount in words, and export as FA(3) that passes the official schema, one by one and as the run's ZIP. Two runs at once bill each participant
 * once with a gap-free series (one JTA transaction spans the invoice, its number and its billed period). Bad
 * schemes and participants are refused naming the field.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CyclicRunsIT extends RelacjaTestSupport {
    private static final String USER = "rozliczenia";
    private static final String PASSWORD = "cyclic-password-1";
    private static final String UP_TO = "2026-10-31";
    private static boolean seeded;

    private String adminPassword;

    /**
     * The distribution plus PDFBox, a B2B series whose invoices need every buyer's NIP, and no timed runs
     * (one at 06:00 would bill the schemes here behind the tests' backs).
     */
    @Configuration
    @Override
    public Option[] config() {
        return OptionUtils.combine(super.config(), OptionUtils.combine(pdfReader(),
                editConfigurationFilePut("etc/dev.relacja.invoicing.series.cfg", "buyerNipRequired", "FSB"),
                editConfigurationFilePut("etc/dev.relacja.invoicing.runs.cfg", "enabled", "false")));
    }

    @Before
    public void seed() throws Exception {
        adminPassword = initialAdminPassword();
        waitForRest("invoice-runs", STARTUP_TIMEOUT);
        if (seeded) {
            return;
        }
        HttpResponse<String> operator = post("operators", "{\"operator\":{\"username\":\"" + USER + "\","
                + "\"displayName\":\"Rozliczenia\",\"role\":\"OPERATOR\"},\"password\":\"" + PASSWORD + "\"}",
                ADMIN, adminPassword);
        assertEquals(operator.body(), 201, operator.statusCode());
        HttpResponse<String> company = get("company", ADMIN, adminPassword);
        HttpResponse<String> seller = put("company", "{\"name\":\"Relacja Sp. z o.o.\",\"nip\":\"5261040828\","
                + "\"street\":\"ul. Długa 1\",\"postalCode\":\"31-147\",\"city\":\"Kraków\","
                + "\"bankAccounts\":[\"61 1090 1014 0000 0712 1981 2874\"],\"defaultCurrency\":\"PLN\","
                + "\"timeZone\":\"Europe/Warsaw\"}", company.headers().firstValue("ETag").orElseThrow(), ADMIN,
                adminPassword);
        assertEquals(seller.body(), 200, seller.statusCode());
        seeded = true;
    }

    @Test
    public void aMonthlySchemeIsPreviewedRunAndReRunIntoThreeConsecutiveInvoicesThatPrintAndExport() throws Exception {
        long hosting = created(post("catalogue-items", "{\"code\":\"HOST-M\",\"name\":\"Hosting miesięczny\","
                + "\"kind\":\"SERVICE\",\"unit\":\"mies.\",\"netPrice\":100.00,\"vatRate\":\"23\"}")).get("id").asLong();
        long acme = company("ACME-C", "Acme Sp. z o.o.", "5260250274");
        long beta = company("BETA-C", "Beta S.A.", "7740001454");
        long gamma = company("GAMMA-C", "Gamma Sp. j.", "1132853869");
        long scheme = created(post("cyclic-schemes", "{\"name\":\"Hosting i książki\",\"unit\":\"MONTHS\","
                + "\"issueDay\":\"1\",\"activeFrom\":\"2026-10-01\",\"items\":["
                + "{\"catalogueItemId\":" + hosting + ",\"quantity\":1},"
                + "{\"name\":\"Książka\",\"unit\":\"szt.\",\"quantity\":2,\"netPrice\":40.00,\"vatRate\":\"5\"}]}"))
                .get("id").asLong();
        participant(scheme, acme, "[]");
        participant(scheme, beta, "[{\"position\":1,\"quantity\":3}]");
        participant(scheme, gamma, "[{\"position\":1,\"netPrice\":80.00},{\"position\":2,\"quantity\":0}]");

        JsonNode preview = ok(post("invoice-runs", run(scheme, true)));
        assertEquals(preview.toString(), 3, preview.get("planned").asInt());
        assertEquals("640.00", preview.get("net").decimalValue().toPlainString());
        assertEquals("118.40", preview.get("vat").decimalValue().toPlainString());
        assertEquals(0, ok(get("invoices?counterparty=" + acme, USER, PASSWORD)).get("total").asInt());

        JsonNode run = created(post("invoice-runs?wait=true", run(scheme, false)));
        assertEquals(run.toString(), "COMPLETED", run.get("status").asText());
        assertEquals(3, run.get("created").asInt());
        assertEquals("758.40", run.get("gross").decimalValue().toPlainString());
        List<JsonNode> entries = new ArrayList<>();
        ok(get("invoice-runs/" + run.get("id").asLong() + "/entries?outcome=created", USER, PASSWORD)).get("items")
                .forEach(entries::add);
        List<String> numbers = entries.stream().map(e -> e.get("number").asText()).sorted().toList();
        assertEquals(List.of("FS/1/10/2026", "FS/2/10/2026", "FS/3/10/2026"), numbers);

        long acmeInvoice = entries.stream().filter(e -> e.get("counterpartyId").asLong() == acme).findFirst()
                .orElseThrow().get("invoiceId").asLong();
        JsonNode invoice = ok(get("invoices/" + acmeInvoice, USER, PASSWORD));
        // 100.00 at 23 % and 2 × 40.00 at 5 %: 123.00 + 84.00
        assertEquals("207.00", invoice.get("gross").decimalValue().toPlainString());
        assertEquals("2026-10-01", invoice.get("periodFrom").asText());
        assertEquals("2026-10-31", invoice.get("periodTo").asText());
        assertEquals(2, invoice.get("vatTotals").size());
        String text = pdfText("invoices/" + acmeInvoice + "/pdf").replace('\u00a0', ' ');
        for (String expected : new String[] {invoice.get("number").asText(), "Acme Sp. z o.o.", "207,00",
            "dwieście siedem złotych 00/100", "123,00", "84,00"}) {
            assertTrue(expected + " in: " + text, text.contains(expected));
        }
        HttpResponse<String> fa3 = send(request("invoices/" + acmeInvoice + "/ksef", USER, PASSWORD)
                .setHeader("Accept", "application/xml, application/problem+json").GET().build());
        assertEquals(fa3.body(), 200, fa3.statusCode());
        assertTrue(fa3.body(), fa3.body().contains("<P_15>207.00</P_15>"));

        HttpResponse<byte[]> zip = send(request("invoice-runs/" + run.get("id").asLong() + "/ksef", USER, PASSWORD)
                .setHeader("Accept", "application/zip, application/problem+json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(new String(zip.body(), StandardCharsets.UTF_8), 200, zip.statusCode());
        assertEquals("3", zip.headers().firstValue("X-Relacja-Exported").orElse(""));
        List<String> files = new ArrayList<>();
        try (ZipInputStream unzip = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = unzip.getNextEntry(); entry != null; entry = unzip.getNextEntry()) {
                files.add(entry.getName());
            }
        }
        assertEquals(List.of("FS_1_10_2026.xml", "FS_2_10_2026.xml", "FS_3_10_2026.xml"), files.stream().sorted().toList());

        JsonNode again = created(post("invoice-runs?wait=true", run(scheme, false)));
        assertEquals(again.toString(), 0, again.get("created").asInt());
        String shell = executeCommand("crm:invoice-run --dry-run --scheme " + scheme + " --up-to " + UP_TO);
        assertTrue(shell, shell.contains("0 to make"));
    }

    @Test
    public void twoRunsAtOnceBillEveryParticipantOnceUnderAGapFreeSeries() throws Exception {
        int participants = 300;
        StringBuilder counterparties = new StringBuilder("code,name,kind,tags\n");
        StringBuilder members = new StringBuilder("counterparty\n");
        for (int i = 0; i < participants; i++) {
            String code = String.format("RAZEM%03d", i);
            counterparties.append(code).append(",Abonent ").append(code).append(",PERSON,razem\n");
            members.append(code).append('\n');
        }
        assertEquals(participants, ok(postBody("counterparties/import", "text/csv", counterparties.toString()))
                .get("created").asInt());
        ok(put("numbering-series/FSR", "{\"pattern\":\"FSR/{n}/{yyyy}\",\"reset\":\"YEARLY\"}", null, ADMIN,
                adminPassword));
        long scheme = created(post("cyclic-schemes", "{\"name\":\"Dwa naraz\",\"series\":\"FSR\",\"unit\":\"MONTHS\","
                + "\"activeFrom\":\"2026-10-01\",\"items\":[{\"name\":\"Abonament\",\"unit\":\"mies.\","
                + "\"quantity\":1,\"netPrice\":49.99,\"vatRate\":\"23\"}]}")).get("id").asLong();
        assertEquals(participants, ok(postBody("cyclic-schemes/" + scheme + "/participants/import", "text/csv",
                members.toString())).get("created").asInt());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> first = pool.submit(() -> post("invoice-runs?wait=true", run(scheme, false)));
            Future<HttpResponse<String>> second = pool.submit(() -> post("invoice-runs?wait=true", run(scheme, false)));
            JsonNode a = created(first.get(5, TimeUnit.MINUTES));
            JsonNode b = created(second.get(5, TimeUnit.MINUTES));
            assertEquals(a + " / " + b, participants, a.get("created").asInt() + b.get("created").asInt());
            assertEquals(a + " / " + b, 0, a.get("failed").asInt() + b.get("failed").asInt());
        } finally {
            pool.shutdownNow();
        }
        Set<String> numbers = new HashSet<>();
        Set<Long> buyers = new HashSet<>();
        ok(get("invoices?q=fsr/&size=500", USER, PASSWORD)).get("items").forEach(i -> {
            assertTrue("number twice: " + i.get("number"), numbers.add(i.get("number").asText()));
            assertTrue("billed twice: " + i.get("counterpartyId"), buyers.add(i.get("counterpartyId").asLong()));
        });
        assertEquals(participants, numbers.size());
        for (int n = 1; n <= participants; n++) {
            assertTrue("FSR/" + n + "/2026 is missing: a gap", numbers.contains("FSR/" + n + "/2026"));
        }
    }

    @Test
    public void aRunThatPrintsAttachesEachIssuedInvoicesPdf() throws Exception {
        long scheme = created(post("cyclic-schemes", "{\"name\":\"Z wydrukiem\",\"unit\":\"QUARTERS\","
                + "\"activeFrom\":\"2026-07-01\",\"activeUntil\":\"2026-09-30\",\"items\":[{\"name\":\"Serwis\","
                + "\"unit\":\"usł.\",\"quantity\":1,\"netPrice\":300.00,\"vatRate\":\"23\"}]}")).get("id").asLong();
        participant(scheme, company("DRUK-A", "Drukarnia A Sp. z o.o.", "9512345675"), "[]");
        participant(scheme, company("DRUK-B", "Drukarnia B Sp. z o.o.", "6462933516"), "[]");

        JsonNode run = created(post("invoice-runs?wait=true", "{\"schemeId\":" + scheme + ",\"upTo\":\"" + UP_TO
                + "\",\"printPdfs\":true}"));
        assertEquals(run.toString(), 2, run.get("created").asInt());
        assertTrue(run.toString(), run.get("message").isNull());
        for (JsonNode entry : ok(get("invoice-runs/" + run.get("id").asLong() + "/entries", USER, PASSWORD)).get("items")) {
            JsonNode files = ok(get("files?type=invoice&id=" + entry.get("invoiceId").asLong(), USER, PASSWORD));
            assertEquals(files.toString(), 1, files.size());
            assertEquals(entry.get("number").asText().replace('/', '_') + ".pdf", files.get(0).get("filename").asText());
            String text = pdfText("files/" + files.get(0).get("id").asLong() + "/content");
            assertTrue(text, text.contains(entry.get("number").asText()) && text.contains("369,00"));
        }
    }

    @Test
    public void badSchemesAndParticipantsAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        int schemes = ok(get("cyclic-schemes", USER, PASSWORD)).size();
        assertRefused(post("cyclic-schemes", "{\"name\":\"Pusty\",\"activeFrom\":\"2026-10-01\",\"items\":[]}"),
                "items");
        HttpResponse<String> bad = post("cyclic-schemes", "{\"name\":\"Zły\",\"activeFrom\":\"2026-10-01\",\"items\":["
                + "{\"name\":\"Ujemna\",\"unit\":\"szt.\",\"quantity\":-1,\"netPrice\":10,\"vatRate\":\"23\"},"
                + "{\"name\":\"Zła stawka\",\"unit\":\"szt.\",\"quantity\":1,\"netPrice\":10,\"vatRate\":\"22\"}]}");
        assertRefused(bad, "items[0].quantity");
        assertRefused(bad, "items[1].vatRate");
        assertEquals(schemes, ok(get("cyclic-schemes", USER, PASSWORD)).size());

        ok(put("numbering-series/FSB", "{\"pattern\":\"FSB/{n}/{yyyy}\",\"reset\":\"YEARLY\"}", null, ADMIN,
                adminPassword));
        long b2b = created(post("cyclic-schemes", "{\"name\":\"Tylko firmy\",\"series\":\"FSB\","
                + "\"activeFrom\":\"2026-10-01\",\"items\":[{\"name\":\"Usługa\",\"unit\":\"usł.\",\"quantity\":1,"
                + "\"netPrice\":10,\"vatRate\":\"23\"}]}")).get("id").asLong();
        long person = created(post("counterparties", "{\"code\":\"OSOBA-B2B\",\"name\":\"Jan Bez NIP\","
                + "\"kind\":\"PERSON\"}")).get("id").asLong();
        HttpResponse<String> noNip = post("cyclic-schemes/" + b2b + "/participants",
                "{\"counterpartyId\":" + person + "}");
        assertRefused(noNip, "counterpartyId");
        assertTrue(noNip.body(), noNip.body().contains("FSB"));
        assertEquals(0, ok(get("cyclic-schemes/" + b2b + "/participants", USER, PASSWORD)).get("total").asInt());
        assertRefused(post("invoice-runs", "{\"schemeId\":" + b2b + ",\"mode\":\"DRAFT\",\"printPdfs\":true}"),
                "printPdfs");
        assertEquals(404, post("invoice-runs", "{\"schemeId\":999999}").statusCode());
    }

    private long company(String code, String name, String nip) throws Exception {
        return created(post("counterparties", "{\"code\":\"" + code + "\",\"name\":\"" + name + "\","
                + "\"kind\":\"COMPANY\",\"nip\":\"" + nip + "\",\"addresses\":{\"registered\":{\"street\":"
                + "\"ul. Polna 5\",\"postalCode\":\"30-001\",\"city\":\"Kraków\"}}}")).get("id").asLong();
    }

    private void participant(long scheme, long counterparty, String overrides) throws Exception {
        created(post("cyclic-schemes/" + scheme + "/participants", "{\"counterpartyId\":" + counterparty
                + ",\"overrides\":" + overrides + "}"));
    }

    private static String run(long scheme, boolean dryRun) {
        return "{\"schemeId\":" + scheme + ",\"upTo\":\"" + UP_TO + "\",\"dryRun\":" + dryRun + "}";
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, json, USER, PASSWORD);
    }

    private HttpResponse<String> postBody(String path, String type, String body) throws Exception {
        return send(request(path, USER, PASSWORD).setHeader("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private String pdfText(String path) throws Exception {
        HttpResponse<byte[]> pdf = send(request(path, USER, PASSWORD).setHeader("Accept", "application/pdf")
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(new String(pdf.body(), StandardCharsets.UTF_8), 200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
