package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The catalogue of goods and services as a new user meets it, over real HTTP and the shell of the booted
 * distribution: an item with Polish characters read back with its ETag, updates guarded by If-Match,
 * bad input refused naming every field, a taken code refused, archiving that hides an item from searches
 * but not from its address. Talks HTTP only, so the probe never loads the invoicing module's classes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CatalogueIT extends RelacjaTestSupport {
    private static final String PASSWORD = "catalogue-password-1";
    private static boolean seeded;

    private String adminPassword;

    @Before
    public void seed() throws Exception {
        adminPassword = initialAdminPassword();
        waitForRest("catalogue-items", STARTUP_TIMEOUT);
        if (seeded) {
            return;
        }
        operator("handlowiec", "OPERATOR");
        operator("podglad", "VIEWER");
        seeded = true;
    }

    @Test
    public void anItemWithPolishCharactersIsReadBackAndUpdatedUnderIfMatch() throws Exception {
        // codes take letters A-Z, digits and . _ / - only; names take any Polish text
        assertRefused(post("catalogue-items", "{\"code\":\"SERW-ŁĄCZE\",\"name\":\"Łącze\",\"kind\":\"SERVICE\","
                + "\"unit\":\"usł.\",\"netPrice\":1,\"vatRate\":\"23\"}", "handlowiec", PASSWORD), "code");

        HttpResponse<String> posted = post("catalogue-items", "{\"code\":\"USL-WDR-01\","
                + "\"name\":\"Wdrożenie łącza światłowodowego – źródło ąęćńóśżź\",\"kind\":\"SERVICE\",\"unit\":\"usł.\","
                + "\"netPrice\":1499.9,\"vatRate\":\"23\",\"gtu\":\"GTU_12\",\"pkwiu\":\"61.10.43.0\"}", "handlowiec", PASSWORD);
        JsonNode item = created(posted);
        // the price comes back at scale 2, as stored
        assertTrue(posted.body(), posted.body().contains("\"netPrice\":1499.90,"));
        long id = item.get("id").asLong();
        assertEquals("Wdrożenie łącza światłowodowego – źródło ąęćńóśżź", item.get("name").asText());
        assertEquals("usł.", item.get("unit").asText());
        assertEquals("PLN", item.get("currency").asText());
        assertEquals("23", item.get("vatRate").asText());
        assertTrue(item.get("active").asBoolean());

        HttpResponse<String> read = get("catalogue-items/" + id, "podglad", PASSWORD);
        JsonNode again = ok(read);
        assertEquals(item.get("name").asText(), again.get("name").asText());
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + again.get("version").asLong() + "\"", etag);

        String change = "{\"code\":\"USL-WDR-01\",\"name\":\"Wdrożenie łącza – pakiet\",\"kind\":\"SERVICE\","
                + "\"unit\":\"usł.\",\"netPrice\":1599.00,\"vatRate\":\"zw\"}";
        assertEquals(428, put("catalogue-items/" + id, change, null, "handlowiec", PASSWORD).statusCode());
        HttpResponse<String> put = put("catalogue-items/" + id, change, etag, "handlowiec", PASSWORD);
        JsonNode updated = ok(put);
        assertEquals("zw", updated.get("vatRate").asText());
        assertTrue(put.body(), put.body().contains("\"netPrice\":1599.00,"));
        assertEquals("\"" + updated.get("version").asLong() + "\"", put.headers().firstValue("ETag").orElseThrow());
        assertTrue(updated.get("gtu").isNull());
        HttpResponse<String> stale = put("catalogue-items/" + id, change, etag, "handlowiec", PASSWORD);
        assertEquals(stale.body(), 412, stale.statusCode());

        assertEquals(403, post("catalogue-items", "{\"code\":\"NIE-WOLNO\",\"name\":\"X\",\"kind\":\"GOODS\","
                + "\"unit\":\"szt.\",\"netPrice\":1,\"vatRate\":\"23\"}", "podglad", PASSWORD).statusCode());
        assertEquals(404, get("catalogue-items/999999", "podglad", PASSWORD).statusCode());
    }

    @Test
    public void badInputAndTakenCodesAreRefusedAndChangeNothing() throws Exception {
        created(post("catalogue-items", "{\"code\":\"KABEL-5M\",\"name\":\"Kabel sieciowy 5 m\",\"kind\":\"GOODS\","
                + "\"unit\":\"szt.\",\"netPrice\":19.99,\"vatRate\":\"23\"}", "handlowiec", PASSWORD));
        int total = ok(get("catalogue-items?active=all", "handlowiec", PASSWORD)).get("total").asInt();

        HttpResponse<String> refused = post("catalogue-items", "{\"code\":\"zły kod\",\"name\":\"\",\"kind\":\"GOODS\","
                + "\"unit\":\"opakowanie zbiorcze\",\"netPrice\":10.005,\"currency\":\"EUR\",\"vatRate\":\"22\","
                + "\"gtu\":\"GTU_14\"}", "handlowiec", PASSWORD);
        for (String field : new String[] {"code", "name", "unit", "netPrice", "currency", "vatRate", "gtu"}) {
            assertRefused(refused, field);
        }
        HttpResponse<String> taken = post("catalogue-items", "{\"code\":\"kabel-5m\",\"name\":\"Inny kabel\","
                + "\"kind\":\"GOODS\",\"unit\":\"szt.\",\"netPrice\":5,\"vatRate\":\"23\"}", "handlowiec", PASSWORD);
        assertEquals(taken.body(), 409, taken.statusCode());
        assertEquals(400, get("catalogue-items?sort=price", "handlowiec", PASSWORD).statusCode());
        assertEquals(400, get("catalogue-items?kind=food", "handlowiec", PASSWORD).statusCode());

        assertEquals(total, ok(get("catalogue-items?active=all", "handlowiec", PASSWORD)).get("total").asInt());
    }

    @Test
    public void anArchivedItemLeavesSearchesButStaysReadableAndComesBackOnRestore() throws Exception {
        JsonNode item = created(post("catalogue-items", "{\"code\":\"ROUTER-AX\",\"name\":\"Router Wi-Fi 6 (zestaw)\","
                + "\"kind\":\"GOODS\",\"unit\":\"szt.\",\"netPrice\":399,\"vatRate\":\"23\"}", "handlowiec", PASSWORD));
        long id = item.get("id").asLong();
        String etag = "\"" + item.get("version").asLong() + "\"";
        assertTrue(search("ROUTER-AX").contains("ROUTER-AX"));

        assertEquals(428, post("catalogue-items/" + id + "/archive", "", "handlowiec", PASSWORD).statusCode());
        JsonNode archived = ok(postIfMatch("catalogue-items/" + id + "/archive", etag));
        assertFalse(archived.get("active").asBoolean());
        assertFalse(search("ROUTER-AX").contains("ROUTER-AX"));
        assertTrue(ok(get("catalogue-items?q=router-ax&active=false", "handlowiec", PASSWORD)).toString().contains("ROUTER-AX"));
        assertFalse(ok(get("catalogue-items/" + id, "handlowiec", PASSWORD)).get("active").asBoolean());
        assertEquals(412, postIfMatch("catalogue-items/" + id + "/restore", etag).statusCode());

        JsonNode restored = ok(postIfMatch("catalogue-items/" + id + "/restore", "\"" + archived.get("version").asLong() + "\""));
        assertTrue(restored.get("active").asBoolean());
        assertTrue(search("ROUTER-AX").contains("ROUTER-AX"));
    }

    @Test
    public void theShellListsAndShowsTheCatalogue() throws Exception {
        created(post("catalogue-items", "{\"code\":\"SZKOL-GODZ\",\"name\":\"Szkolenie – godzina zegarowa\","
                + "\"kind\":\"SERVICE\",\"unit\":\"godz.\",\"netPrice\":180,\"vatRate\":\"23\"}", "handlowiec", PASSWORD));
        String list = executeCommand("crm:item-list szkol");
        assertTrue(list, list.contains("SZKOL-GODZ"));
        assertTrue(list, list.contains("180.00"));
        String shown = executeCommand("crm:item-show szkol-godz");
        assertTrue(shown, shown.contains("Szkolenie – godzina zegarowa"));

        String added = executeCommand("crm:item-add --kind goods --unit kg --price 12.5 --vat 5 --gtu GTU_01 KAWA-1KG"
                + " \"Kawa ziarnista 1 kg\"");
        assertTrue(added, added.contains("KAWA-1KG"));
        HttpResponse<String> coffee = get("catalogue-items?q=kawa", "podglad", PASSWORD);
        assertEquals(coffee.body(), 200, coffee.statusCode());
        assertTrue(coffee.body(), coffee.body().contains("\"netPrice\":12.50,"));
        assertTrue(coffee.body(), coffee.body().contains("\"vatRate\":\"5\""));
    }

    @Test
    public void theOpenApiDocumentDescribesTheCatalogue() throws Exception {
        String document = get("openapi.json", ADMIN, adminPassword).body();
        for (String path : new String[] {"/catalogue-items", "/catalogue-items/{id}", "/catalogue-items/{id}/archive"}) {
            assertTrue(path, document.contains("\"" + path + "\""));
        }
    }

    private String search(String text) throws Exception {
        return ok(get("catalogue-items?q=" + text, "handlowiec", PASSWORD)).get("items").toString();
    }

    private HttpResponse<String> postIfMatch(String path, String ifMatch) throws Exception {
        return send(request(path, "handlowiec", PASSWORD).header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private void operator(String username, String role) throws Exception {
        HttpResponse<String> created = post("operators", "{\"operator\":{\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"role\":\"" + role + "\"},\"password\":\"" + PASSWORD + "\"}",
                ADMIN, adminPassword);
        assertEquals(created.body(), 201, created.statusCode());
    }
}
