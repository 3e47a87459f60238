package dev.relacja.invoicing.impl.ksef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/** The schema loads from the bundle alone: nothing is fetched while loading it or while validating. */
class Fa3SchemaTest {
    private static final String XSD = "http://www.w3.org/2001/XMLSchema";
    private static final String TYPES_NAMESPACE = "http://crd.gov.pl/xml/schematy/dziedzinowe/mf/2022/01/05/eD/DefinicjeTypy/";
    private static final String TYPES_URL = TYPES_NAMESPACE + "StrukturyDanych_v10-0E.xsd";

    private final BundledSchemaResolver resolver = new BundledSchemaResolver(getClass().getClassLoader());

    @Test
    void theImportsHttpUrlIsServedFromTheBundledCopy() throws IOException {
        LSInput input = resolver.resolveResource(XSD, TYPES_NAMESPACE, null, TYPES_URL, "any:/schemat_FA3_v1-0E.xsd");

        assertFalse(input.getSystemId().startsWith("http"), input.getSystemId());
        assertTrue(input.getSystemId().endsWith(BundledSchemaResolver.FOLDER + "StrukturyDanych_v10-0E.xsd"),
                input.getSystemId());
        try (InputStream bytes = input.getByteStream();
                InputStream bundled = getClass().getClassLoader()
                        .getResourceAsStream(BundledSchemaResolver.FOLDER + "StrukturyDanych_v10-0E.xsd")) {
            assertNotNull(bytes);
            assertTrue(java.util.Arrays.equals(bundled.readAllBytes(), bytes.readAllBytes()));
        }
    }

    @Test
    void relativeIncludesAreServedFromTheBundleToo() throws IOException {
        LSInput input = resolver.resolveResource(XSD, TYPES_NAMESPACE, null, "KodyKrajow_v10-0E.xsd",
                "any:/bazowe/ElementarneTypyDanych_v10-0E.xsd");

        assertFalse(input.getSystemId().startsWith("http"), input.getSystemId());
        input.getByteStream().close();
    }

    @Test
    void anythingNotBundledIsRefusedRatherThanFetched() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> resolver.resolveResource(XSD,
                TYPES_NAMESPACE, null, "http://crd.gov.pl/xml/schematy/Inne_v1.xsd", null));
        assertTrue(refused.getMessage().contains("never fetched"), refused.getMessage());
    }

    @Test
    void validationReadsNoExternalDtd(@TempDir Path dir) throws IOException {
        // a file the validator could read, were external access allowed: it is refused all the same
        Path dtd = Files.writeString(dir.resolve("faktura.dtd"), "<!ELEMENT Faktura ANY>");
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE Faktura SYSTEM \"" + dtd.toUri() + "\"><Faktura xmlns=\""
                + "http://crd.gov.pl/wzor/2025/06/25/13775/\"/>").getBytes(StandardCharsets.UTF_8);

        SAXException refused = assertThrows(SAXException.class, () -> new Fa3Schema().validate(xml));

        assertTrue(refused.getMessage().contains("accessExternalDTD"), refused.getMessage());
    }

    @Test
    void anIncompleteDocumentIsReportedWithTheSchemasWords() {
        byte[] xml = "<Faktura xmlns=\"http://crd.gov.pl/wzor/2025/06/25/13775/\"/>".getBytes(StandardCharsets.UTF_8);

        SAXException refused = assertThrows(SAXException.class, () -> new Fa3Schema().validate(xml));

        assertEquals(true, refused.getMessage().contains("Naglowek"), refused.getMessage());
    }
}
