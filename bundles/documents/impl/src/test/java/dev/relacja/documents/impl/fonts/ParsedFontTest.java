package dev.relacja.documents.impl.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.FontLoader;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.FontUris;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The font a document gets from a parsed font answers exactly what FOP's own loader's font answers. */
class ParsedFontTest {

    private static final InternalResourceResolver RESOLVER = ResourceResolverFactory.createInternalResourceResolver(
            URI.create("file:///"), ResourceResolverFactory.createDefaultResourceResolver());
    private static final int SIZE = 10_000;

    @ParameterizedTest
    @ValueSource(strings = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
            "DejaVuSans-BoldOblique.ttf"})
    void answersAsFopsLoaderDoes(String file) throws Exception {
        URI uri = fontUri(file);
        MultiByteFont fop = (MultiByteFont) FontLoader.loadFont(new FontUris(uri, null), null, true,
                EmbeddingMode.SUBSET, EncodingMode.CID, true, false, RESOLVER, false, false, true);
        MultiByteFont ours = ParsedFont.read(uri, null, true, RESOLVER)
                .newFont(RESOLVER, EmbeddingMode.SUBSET, false);

        assertSameNamesAndMetrics(fop, ours);
        assertArrayEquals(fop.getWidths(), ours.getWidths());
        assertArrayEquals(fop.getCMap(), ours.getCMap());
        assertEquals(fop.getKerningInfo(), ours.getKerningInfo());
        assertTrue(ours.hasKerningInfo());
        // mapping characters fills each font's subset the same way, glyph for glyph
        for (char c : "Zażółć gęślą jaźń — AV To 1 234,56 zł €".toCharArray()) {
            assertEquals(fop.mapChar(c), ours.mapChar(c), "character " + c);
        }
        assertEquals(fop.getUsedGlyphs(), ours.getUsedGlyphs());
        for (int index = 0; index < fop.getUsedGlyphs().size(); index++) {
            assertEquals(fop.getWidth(index, SIZE), ours.getWidth(index, SIZE), "subset index " + index);
            assertEquals(fop.getBoundingBox(index, SIZE), ours.getBoundingBox(index, SIZE), "subset index " + index);
        }
    }

    private static void assertSameNamesAndMetrics(MultiByteFont fop, MultiByteFont ours) {
        assertEquals(fop.getFontURI(), ours.getFontURI());
        assertEquals(fop.getEmbedFileURI(), ours.getEmbedFileURI());
        assertEquals(fop.getEmbeddingMode(), ours.getEmbeddingMode());
        assertEquals(fop.getFontType(), ours.getFontType());
        assertEquals(fop.getCIDType(), ours.getCIDType());
        assertEquals(fop.isOTFFile(), ours.isOTFFile());
        assertEquals(fop.getTTCName(), ours.getTTCName());
        assertEquals(fop.getSimulateStyle(), ours.getSimulateStyle());
        assertEquals(fop.getFontName(), ours.getFontName());
        assertEquals(fop.getEmbedFontName(), ours.getEmbedFontName());
        assertEquals(fop.getFullName(), ours.getFullName());
        assertEquals(fop.getFamilyNames(), ours.getFamilyNames());
        assertEquals(fop.getFontSubName(), ours.getFontSubName());
        assertEquals(fop.getCapHeight(SIZE), ours.getCapHeight(SIZE));
        assertEquals(fop.getXHeight(SIZE), ours.getXHeight(SIZE));
        assertEquals(fop.getAscender(SIZE), ours.getAscender(SIZE));
        assertEquals(fop.getDescender(SIZE), ours.getDescender(SIZE));
        assertEquals(fop.getMaxAscent(SIZE), ours.getMaxAscent(SIZE));
        assertArrayEquals(fop.getFontBBox(), ours.getFontBBox());
        assertEquals(fop.getUnderlinePosition(SIZE), ours.getUnderlinePosition(SIZE));
        assertEquals(fop.getUnderlineThickness(SIZE), ours.getUnderlineThickness(SIZE));
        assertEquals(fop.getStrikeoutPosition(SIZE), ours.getStrikeoutPosition(SIZE));
        assertEquals(fop.getStrikeoutThickness(SIZE), ours.getStrikeoutThickness(SIZE));
        assertEquals(fop.getFlags(), ours.getFlags());
        assertEquals(fop.getStemV(), ours.getStemV());
        assertEquals(fop.getItalicAngle(), ours.getItalicAngle());
        assertEquals(fop.getMissingWidth(), ours.getMissingWidth());
        assertEquals(fop.getWeight(), ours.getWeight());
        assertEquals(fop.getDefaultWidth(), ours.getDefaultWidth());
        assertEquals(fop.getRegistry(), ours.getRegistry());
        assertEquals(fop.getOrdering(), ours.getOrdering());
        assertEquals(fop.isEmbeddable(), ours.isEmbeddable());
        assertEquals(fop.isSubsetEmbedded(), ours.isSubsetEmbedded());
    }

    @Test
    void eachDocumentGetsItsOwnSubset() throws Exception {
        ParsedFonts fonts = new ParsedFonts();
        EmbedFontInfo info = embedded("DejaVuSans.ttf");

        MultiByteFont first = (MultiByteFont) fonts.fontFor(info, RESOLVER, false);
        MultiByteFont second = (MultiByteFont) fonts.fontFor(info, RESOLVER, false);
        first.mapChar('ż');
        first.mapChar('ą');

        assertNotSame(first, second);
        assertEquals(3, first.getUsedGlyphs().size(), "glyph 0, ż and ą");
        assertEquals(1, second.getUsedGlyphs().size(), "glyph 0 only");
    }

    @Test
    void leavesToFopWhatItDoesNotHandle() throws Exception {
        ParsedFonts fonts = new ParsedFonts();
        EmbedFontInfo referenced = embedded("DejaVuSans.ttf");
        referenced.setEmbedded(false);

        assertInstanceOf(LazyFont.class, fonts.fontFor(referenced, RESOLVER, false), "not embedded");
        assertInstanceOf(LazyFont.class, fonts.fontFor(embedded("DejaVuSans.ttf"), RESOLVER, true),
                "complex scripts");
        Typeface missing = fonts.fontFor(embedded("NoSuchFont.ttf"), RESOLVER, false);
        assertInstanceOf(LazyFont.class, missing, "a file that cannot be read: FOP reports it where it would");
    }

    private static EmbedFontInfo embedded(String file) throws URISyntaxException {
        return new EmbedFontInfo(new FontUris(fontUri(file), null), true, false,
                List.of(new FontTriplet("DejaVu Sans", "normal", 400)), null, EncodingMode.AUTO,
                EmbeddingMode.SUBSET, false, false, true, true);
    }

    private static URI fontUri(String file) throws URISyntaxException {
        URI folder = ParsedFontTest.class.getResource("/fonts/DejaVuSans.ttf").toURI().resolve(".");
        return folder.resolve(file);
    }
}
