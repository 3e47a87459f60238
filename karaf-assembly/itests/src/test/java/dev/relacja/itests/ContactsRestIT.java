package dev.relacja.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** The counterparty REST API over real HTTP in the booted distribution: sign-in, roles, validation, versions. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ContactsRestIT extends RelacjaTestSupport {

    private String adminPassword;

    /** The distribution plus PDFBox, to read the printed card back. */
    @Configuration
    @Override
    public Option[] config() {
        return OptionUtils.combine(super.config(), pdfReader());
    }

    @Before
    public void connect() throws Exception {
        adminPassword = initialAdminPassword();
        waitForRest("counterparties", STARTUP_TIMEOUT);
    }

    @Test
    public void refusesCallsWithoutValidCredentials() throws Exception {
        HttpResponse<String> anonymous = get("counterparties", null, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        assertEquals(401, get("counterparties", "admin", "wrong-password").statusCode());
        assertEquals(401, get("counterparties", "nobody", adminPassword).statusCode());
    }

    @Test
    public void createsReadsAndSearchesACounterparty() throws Exception {
        HttpResponse<String> created = post("counterparties",
                "{\"code\":\"ACME\",\"name\":\"Acme Sp. z o.o.\",\"kind\":\"COMPANY\",\"nip\":\"526-104-08-28\","
                        + "\"emails\":[\"biuro@acme.pl\"],\"tags\":[\"vip\"],"
                        + "\"addresses\":{\"registered\":{\"street\":\"ul. Prosta 1\",\"postalCode\":\"00-950\",\"city\":\"Warszawa\"}}}",
                "admin", adminPassword);
        assertEquals(created.body(), 201, created.statusCode());
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonNode body = JSON.readTree(created.body());
        long id = body.get("id").asLong();
        assertTrue(location, location.endsWith("/relacja/api/v1/counterparties/" + id));
        assertEquals("5261040828", body.get("nip").asText());
        assertEquals("PL", body.get("addresses").get("registered").get("country").asText());
        assertNotNull(created.headers().firstValue("ETag").orElse(null));

        HttpResponse<String> read = get("counterparties/" + id, "admin", adminPassword);
        assertEquals(read.body(), 200, read.statusCode());
        assertEquals("ACME", JSON.readTree(read.body()).get("code").asText());

        JsonNode found = JSON.readTree(get("counterparties?q=acme&size=5", "admin", adminPassword).body());
        assertEquals(1, found.get("total").asInt());
        assertEquals(0, found.get("page").asInt());
        assertEquals(5, found.get("size").asInt());
        assertEquals("ACME", found.get("items").get(0).get("code").asText());
    }

    @Test
    public void printsTheCounterpartyCardAsAPdfInPolish() throws Exception {
        HttpResponse<String> created = post("counterparties",
                "{\"code\":\"ZOLC\",\"name\":\"Zażółć Gęślą Jaźń Sp. z o.o.\",\"kind\":\"COMPANY\","
                        + "\"nip\":\"5261040828\",\"tags\":[\"łódź\"]}", ADMIN, adminPassword);
        long id = JSON.readTree(created.body()).get("id").asLong();
        post("counterparties/" + id + "/contact-persons",
                "{\"name\":\"Łucja Ściśle\",\"role\":\"księgowa\",\"emails\":[\"lucja@zolc.pl\"]}", ADMIN, adminPassword);

        HttpResponse<byte[]> pdf = send(request("counterparties/" + id + "/card.pdf", ADMIN, adminPassword)
                        .setHeader("Accept", "application/pdf").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text, text.contains("Karta kontrahenta"));
            assertTrue(text, text.contains("Zażółć Gęślą Jaźń Sp. z o.o."));
            assertTrue(text, text.contains("5261040828"));
            assertTrue(text, text.contains("Łucja Ściśle"));
            assertTrue(text, text.contains("księgowa"));
        }
        HttpResponse<String> missing = send(request("counterparties/999999/card.pdf", ADMIN, adminPassword)
                .setHeader("Accept", "application/pdf, application/problem+json").GET().build());
        assertEquals(404, missing.statusCode());
    }

    @Test
    public void refusesAWrongNipNamingTheFieldAndTheRule() throws Exception {
        HttpResponse<String> refused = post("counterparties",
                "{\"code\":\"BADNIP\",\"name\":\"Bad\",\"kind\":\"COMPANY\",\"nip\":\"5261040829\"}", "admin", adminPassword);

        assertEquals(400, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertEquals(400, problem.get("status").asInt());
        assertEquals("nip", problem.get("errors").get(0).get("field").asText());
        assertEquals("NIP checksum does not match", problem.get("errors").get(0).get("message").asText());
        JsonNode none = JSON.readTree(get("counterparties?q=BADNIP", "admin", adminPassword).body());
        assertEquals("nothing was stored", 0, none.get("total").asInt());
    }

    @Test
    public void refusesMalformedJsonAndUnknownFields() throws Exception {
        assertEquals(400, post("counterparties", "{\"code\":", "admin", adminPassword).statusCode());
        HttpResponse<String> unknown = post("counterparties", "{\"code\":\"X\",\"nmae\":\"typo\"}", "admin", adminPassword);
        assertEquals(400, unknown.statusCode());
        assertEquals("nmae", JSON.readTree(unknown.body()).get("errors").get(0).get("field").asText());
    }

    @Test
    public void updatesOnlyWithTheCurrentVersion() throws Exception {
        HttpResponse<String> created = post("counterparties",
                "{\"code\":\"VERS\",\"name\":\"Wersja\",\"kind\":\"PERSON\"}", "admin", adminPassword);
        long id = JSON.readTree(created.body()).get("id").asLong();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        String change = "{\"code\":\"VERS\",\"name\":\"Wersja 2\",\"kind\":\"PERSON\"}";

        assertEquals(428, put("counterparties/" + id, change, null, "admin", adminPassword).statusCode());
        HttpResponse<String> updated = put("counterparties/" + id, change, etag, "admin", adminPassword);
        assertEquals(updated.body(), 200, updated.statusCode());
        assertEquals(412, put("counterparties/" + id, change, etag, "admin", adminPassword).statusCode());
    }

    @Test
    public void aViewerReadsButCannotEditAndOnlyAnAdminManagesOperators() throws Exception {
        HttpResponse<String> viewer = post("operators",
                "{\"operator\":{\"username\":\"wiktor\",\"displayName\":\"Wiktor Widz\",\"role\":\"VIEWER\"},"
                        + "\"password\":\"viewer-password-1\"}", "admin", adminPassword);
        assertEquals(viewer.body(), 201, viewer.statusCode());

        assertEquals(200, get("counterparties", "wiktor", "viewer-password-1").statusCode());
        HttpResponse<String> forbidden = post("counterparties",
                "{\"code\":\"NOPE\",\"name\":\"Nope\",\"kind\":\"PERSON\"}", "wiktor", "viewer-password-1");
        assertEquals(403, forbidden.statusCode());
        assertEquals(403, post("operators",
                "{\"operator\":{\"username\":\"eve\",\"displayName\":\"Eve\",\"role\":\"ADMIN\"},\"password\":\"0123456789ab\"}",
                "wiktor", "viewer-password-1").statusCode());
    }

    @Test
    public void importsCsvReportingBadRowsAndExportsWhatMatches() throws Exception {
        String csv = "code,name,kind,nip,tags\n"
                + "IMP1,Import Jeden,PERSON,,importowany\n"
                + "IMP2,Import Dwa,COMPANY,5261040829,importowany\n"
                + "IMP3,Import Trzy,PERSON,,importowany\n";
        HttpResponse<String> imported = send(request("counterparties/import", ADMIN, adminPassword)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build());

        assertEquals(imported.body(), 200, imported.statusCode());
        JsonNode report = JSON.readTree(imported.body());
        assertEquals(2, report.get("created").asInt());
        assertEquals(3, report.get("rejected").get(0).get("row").asInt());
        assertEquals("nip", report.get("rejected").get(0).get("errors").get(0).get("field").asText());

        HttpResponse<String> exported = send(request("counterparties/export?tag=importowany&sort=code", ADMIN, adminPassword)
                .setHeader("Accept", "text/csv").GET().build());
        assertEquals(200, exported.statusCode());
        String[] lines = exported.body().split("\r\n");
        assertTrue(lines[0], lines[0].startsWith("code,name,kind,nip"));
        assertEquals(3, lines.length);
        assertTrue(lines[2], lines[2].startsWith("IMP3,Import Trzy,PERSON"));
    }

    @Test
    public void linksRecordsAndAttachesFilesToThem() throws Exception {
        long a = JSON.readTree(post("counterparties", "{\"code\":\"LINKA\",\"name\":\"Link A\",\"kind\":\"PERSON\"}",
                ADMIN, adminPassword).body()).get("id").asLong();
        long b = JSON.readTree(post("counterparties", "{\"code\":\"LINKB\",\"name\":\"Link B\",\"kind\":\"PERSON\"}",
                ADMIN, adminPassword).body()).get("id").asLong();
        String link = "{\"from\":{\"type\":\"counterparty\",\"id\":" + a + "},\"to\":{\"type\":\"counterparty\",\"id\":" + b
                + "},\"note\":\"spółka córka\"}";

        assertEquals(201, post("links", link, ADMIN, adminPassword).statusCode());
        assertEquals("the same pair twice", 409, post("links", link, ADMIN, adminPassword).statusCode());
        JsonNode fromB = JSON.readTree(get("links?type=counterparty&id=" + b, ADMIN, adminPassword).body());
        assertEquals(a, fromB.get(0).get("other").get("id").asLong());
        assertEquals("LINKA Link A", fromB.get(0).get("otherTitle").asText());
        assertEquals(404, post("links", "{\"from\":{\"type\":\"counterparty\",\"id\":" + a
                + "},\"to\":{\"type\":\"counterparty\",\"id\":999999}}", ADMIN, adminPassword).statusCode());
        assertEquals(400, post("links", "{\"from\":{\"type\":\"counterparty\",\"id\":" + a
                + "},\"to\":{\"type\":\"spaceship\",\"id\":1}}", ADMIN, adminPassword).statusCode());

        byte[] content = "%PDF-1.4 umowa ramowa".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> attached = send(request("files?type=counterparty&id=" + a + "&name=umowa%20ramowa.pdf", ADMIN, adminPassword)
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(content)).build());
        assertEquals(attached.body(), 201, attached.statusCode());
        long fileId = JSON.readTree(attached.body()).get("id").asLong();
        HttpResponse<byte[]> downloaded = send(request("files/" + fileId + "/content", ADMIN, adminPassword)
                .setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, downloaded.statusCode());
        assertArrayEquals(content, downloaded.body());
        assertEquals("umowa ramowa.pdf",
                JSON.readTree(get("files?type=counterparty&id=" + a, ADMIN, adminPassword).body()).get(0).get("filename").asText());
        assertEquals(204, delete("files/" + fileId, ADMIN, adminPassword).statusCode());
        assertEquals(404, get("files/" + fileId, ADMIN, adminPassword).statusCode());
    }

    @Test
    public void anAdminKeepsTheCompanyProfileWithCheckedIdentifiers() throws Exception {
        HttpResponse<String> current = get("company", ADMIN, adminPassword);
        assertEquals(200, current.statusCode());
        String etag = current.headers().firstValue("ETag").orElseThrow();
        String profile = "{\"name\":\"Relacja Sp. z o.o.\",\"nip\":\"%s\",\"city\":\"Kraków\","
                + "\"bankAccounts\":[\"61 1090 1014 0000 0712 1981 2874\"],\"defaultCurrency\":\"PLN\",\"timeZone\":\"Europe/Warsaw\"}";

        HttpResponse<String> refused = put("company", String.format(profile, "1234567890"), etag, ADMIN, adminPassword);
        assertEquals(400, refused.statusCode());
        HttpResponse<String> saved = put("company", String.format(profile, "5261040828"), etag, ADMIN, adminPassword);
        assertEquals(saved.body(), 200, saved.statusCode());
        JsonNode body = JSON.readTree(saved.body());
        assertEquals("PL61109010140000071219812874", body.get("bankAccounts").get(0).asText());
        assertEquals(412, put("company", String.format(profile, "5261040828"), etag, ADMIN, adminPassword).statusCode());
    }
}
