package dev.relacja.documents.impl.fonts;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.CIDFontType;
import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.truetype.FontFileReader;
import org.apache.fop.fonts.truetype.OFFontLoader;
import org.apache.fop.fonts.truetype.TTFFile;

/**
 * What FOP reads from a TrueType file for an embedded CID font, read once and kept: metrics, widths, bounding
 * boxes, the Unicode cmap and kerning. Each document gets its own {@link MultiByteFont} from it, because that
 * object also records the document's subset (used glyphs, private-use mappings); the parsed tables it points
 * to are never written by FOP, so documents share them. {@link #newFont} does what the CID branch of FOP 2.11's
 * private {@code OFFontLoader.buildFont} does, with the same public setters.
 */
final class ParsedFont {

    private final URI uri;
    private final String ttcName;
    private final String fontName;
    private final String fullName;
    private final Set<String> familyNames;
    private final String subFamilyName;
    private final int capHeight;
    private final int xHeight;
    private final int ascender;
    private final int descender;
    private final int[] fontBBox;
    private final int underlinePosition;
    private final int underlineThickness;
    private final int strikeoutPosition;
    private final int strikeoutThickness;
    private final int flags;
    private final int stemV;
    private final int italicAngle;
    private final int weight;
    private final int[] widths;
    private final Rectangle[] boundingBoxes;
    private final CMapSegment[] cmap;
    /** Null when kerning was not asked for or the font has none, as FOP leaves it then. */
    private final Map<Integer, Map<Integer, Integer>> kerning;

    private ParsedFont(URI uri, String ttcName, TTFFile ttf, boolean useKerning) {
        this.uri = uri;
        this.ttcName = ttcName;
        fontName = ttf.getEmbedFontName().isEmpty() ? ttf.getPostScriptName() : ttf.getEmbedFontName();
        fullName = ttf.getFullName();
        familyNames = Set.copyOf(ttf.getFamilyNames());
        subFamilyName = ttf.getSubFamilyName();
        capHeight = ttf.getCapHeight();
        xHeight = ttf.getXHeight();
        ascender = ttf.getLowerCaseAscent();
        descender = ttf.getLowerCaseDescent();
        fontBBox = ttf.getFontBBox();
        underlinePosition = ttf.getUnderlinePosition() - ttf.getUnderlineThickness() / 2;
        underlineThickness = ttf.getUnderlineThickness();
        strikeoutPosition = ttf.getStrikeoutPosition() - ttf.getStrikeoutThickness() / 2;
        strikeoutThickness = ttf.getStrikeoutThickness();
        flags = ttf.getFlags();
        stemV = Integer.parseInt(ttf.getStemV());
        italicAngle = Integer.parseInt(ttf.getItalicAngle());
        weight = ttf.getWeightClass();
        widths = ttf.getWidths();
        boundingBoxes = ttf.getBoundingBoxes();
        List<CMapSegment> segments = ttf.getCMaps();
        cmap = segments.toArray(new CMapSegment[0]);
        kerning = useKerning && ttf.getKerning() != null ? new HashMap<>(ttf.getKerning()) : null;
    }

    /**
     * Reads a TrueType (not CFF-flavoured OpenType) font file.
     *
     * @throws UnsupportedFontException when the file is OpenType with CFF outlines, has SVG glyphs, has no
     *         Unicode cmap or may not be embedded: FOP's own loader then handles (or reports) it
     */
    static ParsedFont read(URI uri, String ttcName, boolean useKerning, InternalResourceResolver resolver)
            throws IOException {
        try (InputStream in = resolver.getResource(uri)) {
            FontFileReader reader = new FontFileReader(in);
            String header = OFFontLoader.readHeader(reader);
            if ("OTTO".equals(header)) {
                throw new UnsupportedFontException(uri + " has CFF outlines");
            }
            SvgAwareTtf ttf = new SvgAwareTtf(useKerning);
            if (!ttf.readFont(reader, header, ttcName)) {
                throw new UnsupportedFontException(uri + " has no Unicode cmap table");
            }
            if (!ttf.isEmbeddable()) {
                throw new UnsupportedFontException(uri + " may not be embedded");
            }
            if (ttf.hasSvgGlyphs()) {
                throw new UnsupportedFontException(uri + " has SVG glyphs");
            }
            return new ParsedFont(uri, ttcName, ttf, useKerning);
        }
    }

    /** A font object for one document, sharing the parsed tables. */
    MultiByteFont newFont(InternalResourceResolver resolver, EmbeddingMode embeddingMode, boolean simulateStyle) {
        MultiByteFont font = new MultiByteFont(resolver, embeddingMode);
        font.setIsOTFFile(false);
        font.setTTCName(ttcName);
        font.setSimulateStyle(simulateStyle);
        font.setFontURI(uri);
        font.setFontName(fontName);
        font.setFullName(fullName);
        font.setFamilyNames(familyNames);
        font.setFontSubFamilyName(subFamilyName);
        font.setCapHeight(capHeight);
        font.setXHeight(xHeight);
        font.setAscender(ascender);
        font.setDescender(descender);
        font.setFontBBox(fontBBox.clone());
        font.setUnderlinePosition(underlinePosition);
        font.setUnderlineThickness(underlineThickness);
        font.setStrikeoutPosition(strikeoutPosition);
        font.setStrikeoutThickness(strikeoutThickness);
        font.setFlags(flags);
        font.setStemV(stemV);
        font.setItalicAngle(italicAngle);
        font.setMissingWidth(0);
        font.setWeight(weight);
        font.setCIDType(CIDFontType.CIDTYPE2);
        font.setWidthArray(widths);
        font.setBBoxArray(boundingBoxes);
        font.setCMap(cmap);
        if (kerning != null) {
            font.replaceKerningMap(kerning);
        }
        font.setEmbedURI(uri);
        return font;
    }

    /** FOP's TrueType reader, telling whether the font has colour (SVG) glyphs, which FOP keeps per font. */
    private static final class SvgAwareTtf extends TTFFile {
        SvgAwareTtf(boolean useKerning) {
            super(useKerning, false);
        }

        boolean hasSvgGlyphs() {
            return svgs != null;
        }
    }

    /** A font file this class leaves to FOP's own loader. */
    static final class UnsupportedFontException extends IOException {
        private static final long serialVersionUID = 1L;

        UnsupportedFontException(String message) {
            super(message);
        }
    }
}
