package dev.relacja.documents.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.EnvironmentalProfileFactory;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The typesetter's fonts, parsed once and shared, make the same PDF as FOP loading them itself for each
 * document: the same page content (glyphs, positions, kerning), the same embedded subsets, widths and
 * text mappings — for the first document and for later ones.
 */
class SharedFontsPdfTest {

    private static final String TEXT = "Zażółć gęślą jaźń. AVATAR To Wy Ty — 1 234,56 zł, \"Łódź\" i Kraków; ";

    @Test
    void sameDocumentAsFopLoadingTheFontsItself() throws Exception {
        String fo = threePagesInFourStyles();
        PdfTypesetter typesetter = new PdfTypesetter();

        List<String> stock = contentOf(stockFop(fo));
        List<String> first = contentOf(typesetter.typeset("test", fo));
        List<String> later = contentOf(typesetter.typeset("test", fo));

        assertTrue(stock.size() > 3 + 4, "three pages and four fonts at least: " + stock.size());
        assertEquals(stock, first);
        assertEquals(stock, later);
    }

    private static String threePagesInFourStyles() {
        StringBuilder blocks = new StringBuilder();
        String[] styles = {"", " font-weight=\"bold\"", " font-style=\"italic\"",
            " font-weight=\"bold\" font-style=\"italic\""};
        for (int block = 0; block < 120; block++) {
            blocks.append("<fo:block").append(styles[block % styles.length]).append('>')
                    .append(TEXT.repeat(1 + block % 3)).append("</fo:block>");
        }
        return """
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="DejaVu Sans">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="a4" page-width="210mm" page-height="297mm" margin="20mm">
                      <fo:region-body/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                  <fo:page-sequence master-reference="a4"><fo:flow flow-name="xsl-region-body">%s</fo:flow>
                  </fo:page-sequence>
                </fo:root>
                """.formatted(blocks);
    }

    /** Each page's content stream, then each font's name, widths, text mapping and embedded subset. */
    private static List<String> contentOf(byte[] pdf) throws IOException {
        List<String> content = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                try (InputStream stream = page.getContents()) {
                    content.add(new String(stream.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDType0Font font = (PDType0Font) resources.getFont(name);
                    PDCIDFont cid = font.getDescendantFont();
                    String described = name.getName() + " " + font.getName() + " W="
                            + cid.getCOSObject().getDictionaryObject(COSName.W) + " ToUnicode="
                            + bytes(font.getCOSObject().getCOSStream(COSName.TO_UNICODE).createInputStream())
                            + " FontFile2=" + bytes(cid.getFontDescriptor().getFontFile2().createInputStream());
                    if (!fonts.contains(described)) {
                        fonts.add(described);
                    }
                }
            }
            content.addAll(fonts);
        }
        return content;
    }

    private static String bytes(InputStream stream) throws IOException {
        try (stream) {
            return HexFormat.of().formatHex(stream.readAllBytes());
        }
    }

    /** The same configuration and resolver as the typesetter, with FOP's own font loading. */
    private static byte[] stockFop(String fo) throws Exception {
        ClassLoader loader = PdfTypesetter.class.getClassLoader();
        FopFactory factory;
        try (InputStream configuration = loader.getResourceAsStream("fop.xconf")) {
            factory = new FopConfParser(configuration, EnvironmentalProfileFactory.createRestrictedIO(
                    BundleResourceResolver.BASE, new BundleResourceResolver(loader))).getFopFactoryBuilder().build();
        }
        FOUserAgent userAgent = factory.newFOUserAgent();
        userAgent.setProducer("Relacja");
        userAgent.setCreator("Relacja");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Fop fop = factory.newFop(MimeConstants.MIME_PDF, userAgent, pdf);
        TransformerFactory.newInstance().newTransformer()
                .transform(new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
        return pdf.toByteArray();
    }
}
