package dev.relacja.documents.impl.fonts;

import dev.relacja.documents.impl.fonts.ParsedFont.UnsupportedFontException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.FontUris;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.Typeface;

/**
 * The configured TrueType fonts, each parsed once and then shared by every document, thread and factory that
 * {@link #serve serves} from here. FOP on its own parses every font a document uses again for that document
 * (its font cache only remembers what auto-detection found), which was about half of the typesetting time of
 * an invoice. Fonts this class does not handle — Type 1, XML metrics, single-byte encoding, not embedded, CFF
 * outlines, SVG glyphs, or complex scripts switched on — stay with FOP's own {@link LazyFont}.
 */
public final class ParsedFonts {

    private final ConcurrentHashMap<Key, ParsedFont> parsed = new ConcurrentHashMap<>();
    private final Set<Key> leftToFop = ConcurrentHashMap.newKeySet();

    /** Makes the factory's PDF output take its configured fonts from here. */
    public void serve(FopFactory factory) {
        factory.getRendererFactory().addDocumentHandlerMaker(new SharedFontsHandlerMaker(this));
    }

    /** The font one document uses for a configured font. */
    Typeface fontFor(EmbedFontInfo info, InternalResourceResolver resolver, boolean complexScripts) {
        if (complexScripts || !isEmbeddedCidTrueType(info)) {
            return new LazyFont(info, resolver, complexScripts);
        }
        Key key = new Key(info.getEmbedURI(), info.getSubFontName(), info.getKerning());
        if (leftToFop.contains(key)) {
            return new LazyFont(info, resolver, false);
        }
        try {
            ParsedFont font = parsed.computeIfAbsent(key, k -> read(k, resolver));
            return font.newFont(resolver, embeddingMode(info), info.getSimulateStyle());
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof UnsupportedFontException) {
                leftToFop.add(key);
            }
            // FOP's loader reads it again and reports the failure where FOP would
            return new LazyFont(info, resolver, false);
        }
    }

    private static ParsedFont read(Key key, InternalResourceResolver resolver) {
        try {
            return ParsedFont.read(key.uri(), key.ttcName(), key.kerning(), resolver);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmbeddedCidTrueType(EmbedFontInfo info) {
        FontUris uris = info.getFontUris();
        EncodingMode encoding = info.getEncodingMode();
        return info.isEmbedded() && uris.getEmbed() != null && uris.getMetrics() == null
                && uris.getAfm() == null && uris.getPfm() == null
                && !uris.getEmbed().toASCIIString().toLowerCase(Locale.ROOT).endsWith(".pfb")
                && (encoding == null || encoding == EncodingMode.AUTO || encoding == EncodingMode.CID);
    }

    private static EmbeddingMode embeddingMode(EmbedFontInfo info) {
        EmbeddingMode mode = info.getEmbeddingMode();
        return mode == null || mode == EmbeddingMode.AUTO ? EmbeddingMode.SUBSET : mode;
    }

    private record Key(URI uri, String ttcName, boolean kerning) {
    }
}
