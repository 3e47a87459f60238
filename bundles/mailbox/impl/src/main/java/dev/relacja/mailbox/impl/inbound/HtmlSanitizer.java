package dev.relacja.mailbox.impl.inbound;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Received HTML cut down to jsoup's relaxed safelist before it is stored: no scripts, styles, forms, frames or
 * event handlers; links only to http(s) and mailto, opened without referrer; images only embedded ones ({@code cid:},
 * {@code data:}), because a remote image tells the sender when and where the mail was read.
 */
public final class HtmlSanitizer {
    private static final Safelist SAFELIST = Safelist.relaxed()
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "cid", "data")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSanitizer() {
    }

    public static String clean(String html) {
        return html == null ? null : Jsoup.clean(html, "", SAFELIST, OUTPUT);
    }
}
