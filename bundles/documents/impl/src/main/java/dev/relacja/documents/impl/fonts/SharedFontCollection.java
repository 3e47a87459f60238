package dev.relacja.documents.impl.fonts;

import java.util.List;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontTriplet;

/** The configured fonts of one document, registered as FOP's {@code CustomFontCollection} does. */
final class SharedFontCollection implements FontCollection {

    private final ParsedFonts fonts;
    private final InternalResourceResolver resolver;
    private final List<EmbedFontInfo> configured;
    private final boolean complexScripts;

    SharedFontCollection(ParsedFonts fonts, InternalResourceResolver resolver, List<EmbedFontInfo> configured,
            boolean complexScripts) {
        this.fonts = fonts;
        this.resolver = resolver;
        this.configured = configured;
        this.complexScripts = complexScripts;
    }

    @Override
    public int setup(int start, FontInfo fontInfo) {
        int number = start;
        for (EmbedFontInfo info : configured) {
            String internalName = "F" + number++;
            fontInfo.addMetrics(internalName, fonts.fontFor(info, resolver, complexScripts));
            for (FontTriplet triplet : info.getFontTriplets()) {
                fontInfo.addFontProperties(internalName, triplet);
            }
        }
        return number;
    }
}
