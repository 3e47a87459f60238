package dev.relacja.documents.impl.fonts;

import java.util.List;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFDocumentHandlerConfigurator;
import org.apache.fop.render.pdf.PDFDocumentHandler;
import org.apache.fop.render.pdf.PDFDocumentHandlerMaker;
import org.apache.fop.render.pdf.PDFRendererConfig.PDFRendererConfigParser;
import org.apache.fop.render.pdf.PDFRendererConfigurator;

/**
 * FOP's PDF output, except that the configured fonts come from {@link ParsedFonts}. FOP has no setting for
 * this; its PDF configurator builds the font collection in one overridable method, so the maker, the document
 * handler and the configurator are subclassed just to reach it.
 */
final class SharedFontsHandlerMaker extends PDFDocumentHandlerMaker {

    private final ParsedFonts fonts;

    SharedFontsHandlerMaker(ParsedFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public IFDocumentHandler makeIFDocumentHandler(IFContext context) {
        PDFDocumentHandler handler = new SharedFontsDocumentHandler(context, fonts);
        FOUserAgent userAgent = context.getUserAgent();
        if (userAgent.isAccessibilityEnabled()) {
            userAgent.setStructureTreeEventHandler(handler.getStructureTreeEventHandler());
        }
        return handler;
    }

    private static final class SharedFontsDocumentHandler extends PDFDocumentHandler {
        private final ParsedFonts fonts;

        SharedFontsDocumentHandler(IFContext context, ParsedFonts fonts) {
            super(context);
            this.fonts = fonts;
        }

        @Override
        public IFDocumentHandlerConfigurator getConfigurator() {
            return new SharedFontsConfigurator(getUserAgent(), fonts);
        }
    }

    private static final class SharedFontsConfigurator extends PDFRendererConfigurator {
        private final ParsedFonts fonts;
        private final boolean complexScripts;

        SharedFontsConfigurator(FOUserAgent userAgent, ParsedFonts fonts) {
            super(userAgent, new PDFRendererConfigParser());
            this.fonts = fonts;
            this.complexScripts = userAgent.isComplexScriptFeaturesEnabled();
        }

        @Override
        protected FontCollection createCollectionFromFontList(InternalResourceResolver resolver,
                List<EmbedFontInfo> fontList) {
            return new SharedFontCollection(fonts, resolver, fontList, complexScripts);
        }
    }
}
