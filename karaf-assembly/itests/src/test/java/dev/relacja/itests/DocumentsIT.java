package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dev.relacja.documents.api.DocumentRenderer;
import dev.relacja.documents.api.RenderingException;
import dev.relacja.documents.api.TemplateProvider;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * Printing inside the booted distribution: a template registered on the whiteboard by another bundle
 * (here the test probe) renders to a PDF whose Polish text PDFBox reads back, a higher ranking
 * overrides, and FreeMarker's and FOP's restrictions hold inside OSGi (embedded FOP, FreeMarker bundle).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DocumentsIT extends RelacjaTestSupport {

    private static final String POLISH = "Zażółć gęślą jaźń";
    private static final String SVG_NS = "xmlns:svg=\"http://www.w3.org/2000/svg\"";


    /** The distribution plus PDFBox, with which the probe reads the PDFs back. */
    @Configuration
    @Override
    public Option[] config() {
        return OptionUtils.combine(super.config(), pdfReader());
    }

    @Test
    public void theDocumentsFeatureIsInstalledAndActive() throws Exception {
        assertFeatureInstalled("relacja-documents");
        for (String name : new String[] {"dev.relacja.documents.api", "dev.relacja.documents.impl",
            "org.freemarker.freemarker"}) {
            Bundle bundle = bundle(name);
            assertEquals(name, Bundle.ACTIVE, bundle.getState());
        }
        assertTrue("the built-in layout is offered: " + renderer().templateNames(),
                renderer().templateNames().contains("documents/layout.fo.ftl"));
    }

    @Test
    public void aTemplateFromAnotherBundleRendersToAPdfWithPolishTextInEmbeddedFonts() throws Exception {
        String template = "<#import \"/documents/layout.fo.ftl\" as layout>\n"
                + "<@layout.document title=\"Test integracyjny\" header=seller>\n"
                + "  <@layout.heading>${title}</@layout.heading>\n"
                + "  <@layout.fields rows=[[\"Tekst\", text], [\"Kwota\", amount]]/>\n"
                + "  <fo:block>Przed<fo:instream-foreign-object><svg:svg " + SVG_NS + " width=\"20\" height=\"20\">"
                + "<svg:rect width=\"10\" height=\"10\" style=\"fill:#ff0000\"/></svg:svg></fo:instream-foreign-object>Po</fo:block>\n"
                + "</@layout.document>\n";
        ServiceRegistration<TemplateProvider> registration = register(0, "itest/card.fo.ftl", template);
        try {
            byte[] pdf = renderer().renderPdf("itest/card.fo.ftl", Map.of("seller", "Relacja & Syn", "title", POLISH,
                    "text", "<b>" + POLISH + "</b>", "amount", new BigDecimal("1234.50")));

            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                for (String expected : new String[] {POLISH, "<b>" + POLISH + "</b>", "Test integracyjny",
                    "Relacja & Syn", "Strona 1 z 1", "Przed", "Po"}) {
                    assertTrue(expected + " in:\n" + text, text.contains(expected));
                }
                PDPage page = document.getPage(0);
                PDResources resources = page.getResources();
                int fonts = 0;
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.getName() + " is embedded", font.isEmbedded());
                    assertTrue(font.getName(), font.getName().contains("DejaVuSans"));
                    fonts++;
                }
                assertTrue("fonts used", fonts > 0);
                try (InputStream content = page.getContents()) {
                    assertTrue("the inline SVG (Batik inside the bundle) drew its red square",
                            new String(content.readAllBytes(), StandardCharsets.ISO_8859_1).contains("1 0 0 rg"));
                }
            }
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void theHighestRankingProviderWinsAndLeavingHandsTheNameBack() {
        ServiceRegistration<TemplateProvider> builtIn = register(-1, "itest/greeting.txt.ftl", "built-in ${name}");
        ServiceRegistration<TemplateProvider> partner = register(5, "itest/greeting.txt.ftl", "partner ${name}");
        try {
            assertEquals("partner Jan", renderer().renderText("itest/greeting.txt.ftl", Map.of("name", "Jan")));

            partner.unregister();
            partner = null;
            assertEquals("built-in Jan", renderer().renderText("itest/greeting.txt.ftl", Map.of("name", "Jan")));

            builtIn.unregister();
            builtIn = null;
            RenderingException gone = expectFailure(() -> renderer().renderText("itest/greeting.txt.ftl", Map.of()));
            assertEquals(RenderingException.Reason.UNKNOWN_TEMPLATE, gone.reason());
        } finally {
            if (partner != null) {
                partner.unregister();
            }
            if (builtIn != null) {
                builtIn.unregister();
            }
        }
    }

    @Test
    public void templatesStayInsideTheirSandbox() throws Exception {
        ServiceRegistration<TemplateProvider> registration = register(0,
                "itest/new.txt.ftl", "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}",
                "itest/api.txt.ftl", "${map?api.getClass()}",
                "itest/image.fo.ftl", "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"><fo:layout-master-set>"
                        + "<fo:simple-page-master master-name=\"p\"><fo:region-body/></fo:simple-page-master>"
                        + "</fo:layout-master-set><fo:page-sequence master-reference=\"p\"><fo:flow flow-name=\"xsl-region-body\">"
                        + "<fo:block>Obraz:<fo:external-graphic src=\"url('file:///etc/passwd')\"/></fo:block>"
                        + "</fo:flow></fo:page-sequence></fo:root>",
                "itest/page.html.ftl", "<p>${text}</p>");
        try {
            for (String name : new String[] {"itest/new.txt.ftl", "itest/api.txt.ftl"}) {
                RenderingException e = expectFailure(() -> renderer().renderText(name, Map.of("map", Map.of())));
                assertEquals(e.getMessage(), RenderingException.Reason.TEMPLATE_ERROR, e.reason());
            }

            byte[] pdf = renderer().renderPdf("itest/image.fo.ftl", Map.of());
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertTrue(new PDFTextStripper().getText(document).contains("Obraz:"));
                int images = 0;
                for (COSName ignored : document.getPage(0).getResources().getXObjectNames()) {
                    images++;
                }
                assertEquals("file:///etc/passwd was not read as an image", 0, images);
            }

            assertEquals("<p>&lt;script&gt;</p>", renderer().renderText("itest/page.html.ftl", Map.of("text", "<script>")));
        } finally {
            registration.unregister();
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Registers a template provider from the probe bundle, as a partner bundle's DS component would be. */
    private ServiceRegistration<TemplateProvider> register(int ranking, String... namesAndTexts) {
        Map<String, String> templates = new HashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            templates.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(TemplateProvider.TEMPLATE_NAMES, templates.keySet().toArray(new String[0]));
        properties.put(Constants.SERVICE_RANKING, ranking);
        TemplateProvider provider = name -> Optional.ofNullable(templates.get(name));
        return bundleContext.registerService(TemplateProvider.class, provider, properties);
    }

    private static RenderingException expectFailure(Runnable rendering) {
        try {
            rendering.run();
        } catch (RenderingException e) {
            return e;
        }
        fail("rendering should have failed");
        return null;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        fail("bundle " + symbolicName + " is not installed");
        return null;
    }

    private DocumentRenderer renderer() {
        return service(DocumentRenderer.class);
    }
}
