package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * {@code /relacja/api/v1/openapi.json} describes the resources of the modules installed, built from the
 * running code, and follows a module's feature when it is uninstalled and installed again. The contacts
 * module is reached over HTTP only, so the probe is not wired to its packages and survives the uninstall.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OpenApiIT extends RelacjaTestSupport {

    private String adminPassword;

    @Before
    public void connect() throws Exception {
        adminPassword = initialAdminPassword();
        waitForRest("counterparties", STARTUP_TIMEOUT);
    }

    @Test
    public void describesTheInstalledResourcesAsTheyAre() throws Exception {
        HttpResponse<String> response = get("openapi.json", ADMIN, adminPassword);
        assertEquals(response.body(), 200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode document = JSON.readTree(response.body());

        assertTrue(document.get("openapi").asText(), document.get("openapi").asText().startsWith("3."));
        assertEquals("/relacja/api/v1", document.at("/servers/0/url").asText());
        JsonNode paths = document.get("paths");
        for (String path : List.of("/counterparties", "/counterparties/{id}", "/contact-persons/{id}", "/operators",
                "/operators/{id}", "/links", "/files", "/company", "/openapi.json")) {
            assertTrue(path + " in " + fieldNames(paths), paths.has(path));
        }

        JsonNode counterparty = document.at("/components/schemas/Counterparty/properties");
        for (String property : List.of("id", "code", "name", "kind", "nip", "regon", "emails", "tags", "status")) {
            assertTrue(property + " in " + fieldNames(counterparty), counterparty.has(property));
        }
        assertEquals("COMPANY", document.at("/components/schemas/Counterparty/properties/kind/enum/0").asText());

        // read from the bytecode of a method returning Response: the entity, its ETag and its Location
        JsonNode read = paths.at("/~1counterparties~1{id}/get");
        assertEquals("#/components/schemas/Counterparty",
                read.at("/responses/200/content/application~1json/schema/$ref").asText());
        assertTrue(read.at("/responses/200/headers").has("ETag"));
        assertEquals("#/components/responses/NotFound", read.at("/responses/404/$ref").asText());
        JsonNode create = paths.at("/~1counterparties/post");
        assertEquals("#/components/schemas/CounterpartyDraft",
                create.at("/requestBody/content/application~1json/schema/$ref").asText());
        assertTrue(create.at("/responses/201/headers").has("Location"));
        assertEquals("#/components/responses/BadRequest", create.at("/responses/400/$ref").asText());
        JsonNode update = paths.at("/~1counterparties~1{id}/put");
        assertTrue(update.has("parameters"));
        assertEquals("#/components/responses/PreconditionFailed", update.at("/responses/412/$ref").asText());

        assertEquals("#/components/schemas/Problem", document
                .at("/components/responses/BadRequest/content/application~1problem+json/schema/$ref").asText());
        assertTrue(document.at("/components/schemas/Problem/properties").has("errors"));
        assertEquals("http", document.at("/components/securitySchemes/basicAuth/type").asText());
        assertEquals("basic", document.at("/components/securitySchemes/basicAuth/scheme").asText());
        assertTrue(document.at("/security/0").has("basicAuth"));

        assertEquals("the sign-in filter covers it too", 401, get("openapi.json").statusCode());
    }

    @Test
    public void followsTheContactsModuleOutAndBackIn() throws Exception {
        try {
            uninstallContactsAndDependents();
            JsonNode without = JSON.readTree(get("openapi.json", ADMIN, adminPassword).body());
            assertFalse("/counterparties is gone", without.get("paths").has("/counterparties"));
            assertFalse(without.get("paths").has("/contact-persons/{id}"));
            assertFalse(without.at("/components/schemas").has("Counterparty"));
            assertFalse(without.get("paths").has("/tasks"));
            assertTrue("the core's resources stay", without.get("paths").has("/operators"));
        } finally {
            installContactsAndDependents();
        }
        waitForRest("counterparties", STARTUP_TIMEOUT);
        JsonNode with = JSON.readTree(get("openapi.json", ADMIN, adminPassword).body());
        assertTrue("/counterparties is back", with.get("paths").has("/counterparties"));
        assertTrue(with.at("/components/schemas/Counterparty/properties").has("nip"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
