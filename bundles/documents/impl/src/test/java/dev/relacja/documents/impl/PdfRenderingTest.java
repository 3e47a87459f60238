package dev.relacja.documents.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRenderingTest {

    private static final String POLISH = "Zażółć gęślą jaźń";

    private static DocumentRendererImpl renderer;

    @BeforeAll
    static void start() {
        renderer = Renderers.create();
        new MapTemplateProvider()
                .with("test/polish.fo.ftl", Renderers.fo("font-family=\"DejaVu Sans\"",
                        "<fo:block>${text}</fo:block><fo:block font-weight=\"bold\">${text?upper_case}</fo:block>"
                                + "<fo:block font-style=\"italic\">${text}</fo:block>"))
                .with("test/default-family.fo.ftl", Renderers.fo("<fo:block>${text}</fo:block>"))
                .with("test/unknown-family.fo.ftl", Renderers.fo("<fo:block font-family=\"Comic Sans MS\">${text}</fo:block>"))
                .with("test/escaping.fo.ftl", Renderers.fo("<fo:block>${text}</fo:block>"))
                .with("test/card.fo.ftl", """
                        <#import "/documents/layout.fo.ftl" as layout>
                        <@layout.document title="Karta kontrahenta" header=seller>
                          <@layout.heading>${name}</@layout.heading>
                          <@layout.fields rows=[["Kod", code], ["Od", since], ["E-mail", email!""]]/>
                          <@layout.paragraph>${note}</@layout.paragraph>
                        </@layout.document>
                        """)
                .registerWith(renderer, 0);
    }

    @AfterAll
    static void stop() {
        renderer.deactivate();
    }

    @Test
    void polishTextPrintsExactlyInEmbeddedDejaVuFonts() {
        byte[] pdf = renderer.renderPdf("test/polish.fo.ftl", Map.of("text", POLISH));

        String text = Pdfs.text(pdf);
        assertTrue(text.contains(POLISH), text);
        assertTrue(text.contains("ZAŻÓŁĆ GĘŚLĄ JAŹŃ"), text);
        List<PDFont> fonts = Pdfs.fonts(pdf);
        assertEquals(3, fonts.size(), "regular, bold and oblique: " + fonts);
        for (PDFont font : fonts) {
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            assertTrue(font.getName().contains("DejaVuSans"), font.getName());
        }
    }

    @Test
    void theDefaultAndUnknownFamiliesAlsoPrintInDejaVu() {
        for (String template : List.of("test/default-family.fo.ftl", "test/unknown-family.fo.ftl")) {
            byte[] pdf = renderer.renderPdf(template, Map.of("text", POLISH));

            assertTrue(Pdfs.text(pdf).contains(POLISH), template);
            for (PDFont font : Pdfs.fonts(pdf)) {
                assertTrue(font.isEmbedded() && font.getName().contains("DejaVuSans"), template + ": " + font.getName());
            }
        }
    }

    @Test
    void modelValuesAreEscapedAsXml() {
        String nasty = "<fo:block>Kowalski & Syn</fo:block> \"<![CDATA[x]]>";

        byte[] pdf = renderer.renderPdf("test/escaping.fo.ftl", Map.of("text", nasty));

        assertTrue(Pdfs.text(pdf).contains(nasty), Pdfs.text(pdf));
    }

    @Test
    void theBuiltInLayoutGivesHeaderFieldsAndPageNumbers() {
        Map<String, Object> model = Map.of("seller", "Relacja Sp. z o.o.", "name", "Przedsiębiorstwo Żółw S.A.",
                "code", "ZOLW", "since", LocalDate.of(2026, 11, 27), "note", POLISH);

        byte[] pdf = renderer.renderPdf("test/card.fo.ftl", model);

        String text = Pdfs.text(pdf);
        for (String expected : List.of("Karta kontrahenta", "Relacja Sp. z o.o.", "Przedsiębiorstwo Żółw S.A.",
                "Kod", "ZOLW", "27.11.2026", POLISH, "Strona 1 z 1")) {
            assertTrue(text.contains(expected), expected + " in:\n" + text);
        }
        assertTrue(text.contains("E-mail —"), "an empty value shows as a dash:\n" + text);
        assertEquals(1, Pdfs.pageCount(pdf));
    }

    @Test
    void aWarmRendererTypesetsASmallDocumentQuickly() {
        // one reused FopFactory: about 0.1 s a document here; generous for a busy machine
        renderer.renderPdf("test/polish.fo.ftl", Map.of("text", POLISH));
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            renderer.renderPdf("test/polish.fo.ftl", Map.of("text", POLISH + " " + i));
        }
        long averageMillis = (System.nanoTime() - start) / 5 / 1_000_000;
        assertTrue(averageMillis < 2000, averageMillis + " ms a document");
    }
}
