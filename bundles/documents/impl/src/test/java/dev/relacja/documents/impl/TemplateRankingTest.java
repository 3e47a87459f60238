package dev.relacja.documents.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.documents.api.RenderingException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whiteboard: the highest service.ranking wins a name, and providers may come and go. */
class TemplateRankingTest {

    private static final String CARD = "contacts/counterparty-card.txt.ftl";

    private final DocumentRendererImpl renderer = Renderers.create();

    @AfterEach
    void stop() {
        renderer.deactivate();
    }

    @Test
    void thePartnersTemplateOutranksTheBuiltInOne() {
        MapTemplateProvider builtIn = new MapTemplateProvider().with(CARD, "built-in ${name}").registerWith(renderer, -1);
        assertEquals("built-in Jan", renderer.renderText(CARD, Map.of("name", "Jan")));

        MapTemplateProvider partner = new MapTemplateProvider().with(CARD, "partner ${name}").registerWith(renderer, 0);
        assertEquals("partner Jan", renderer.renderText(CARD, Map.of("name", "Jan")), "a partner at the default ranking wins");

        new MapTemplateProvider().with(CARD, "low ${name}").registerWith(renderer, -5);
        assertEquals("partner Jan", renderer.renderText(CARD, Map.of("name", "Jan")));

        renderer.removeTemplateProvider(partner);
        assertEquals("built-in Jan", renderer.renderText(CARD, Map.of("name", "Jan")), "back to the built-in one");

        renderer.removeTemplateProvider(builtIn);
        assertEquals("low Jan", renderer.renderText(CARD, Map.of("name", "Jan")));
    }

    @Test
    void aPartnerOverridesTheBuiltInLayoutForEveryTemplateThatImportsIt() {
        new MapTemplateProvider().with("test/uses-layout.txt.ftl",
                "<#import \"/documents/layout.fo.ftl\" as layout><@layout.heading>x</@layout.heading>")
                .registerWith(renderer, 0);
        assertTrue(renderer.renderText("test/uses-layout.txt.ftl", Map.of()).contains("font-weight=\"bold\""));

        new MapTemplateProvider().with("documents/layout.fo.ftl", "<#macro heading>partner heading</#macro>")
                .registerWith(renderer, 10);

        assertEquals("partner heading", renderer.renderText("test/uses-layout.txt.ftl", Map.of()));
    }

    @Test
    void onEqualRankingTheEarlierServiceWins() {
        new MapTemplateProvider().with(CARD, "first").registerWith(renderer, 3);
        new MapTemplateProvider().with(CARD, "second").registerWith(renderer, 3);

        assertEquals("first", renderer.renderText(CARD, Map.of()));
    }

    @Test
    void aProviderThatCannotOpenANameItListsPassesToTheNextOne() {
        MapTemplateProvider empty = new MapTemplateProvider();
        renderer.addTemplateProvider(empty, MapTemplateProvider.serviceProperties(100, CARD));
        new MapTemplateProvider().with(CARD, "fallback").registerWith(renderer, 0);

        assertEquals("fallback", renderer.renderText(CARD, Map.of()));
    }

    @Test
    void changedServicePropertiesTakeEffectAtOnce() {
        MapTemplateProvider partner = new MapTemplateProvider().with(CARD, "partner");
        new MapTemplateProvider().with(CARD, "built-in").registerWith(renderer, -1);
        renderer.addTemplateProvider(partner, partner.properties(-10));
        assertEquals("built-in", renderer.renderText(CARD, Map.of()));

        renderer.updatedTemplateProvider(partner, partner.properties(10));

        assertEquals("partner", renderer.renderText(CARD, Map.of()));
    }

    @Test
    void theRendererListsEveryNameOffered() {
        new MapTemplateProvider().with(CARD, "x").with("offers/offer.fo.ftl", "y").registerWith(renderer, 0);

        assertEquals(java.util.Set.of("documents/layout.fo.ftl", CARD, "offers/offer.fo.ftl"), renderer.templateNames());
    }

    @Test
    void aFolderWildcardOffersEveryNameBelowItButListsNone() {
        MapTemplateProvider database = new MapTemplateProvider().with("mail/templates/invoice/3/pl/subject.txt.ftl",
                "Faktura ${number}");
        renderer.addTemplateProvider(database, MapTemplateProvider.serviceProperties(0, "mail/templates/*"));

        assertEquals("Faktura FV/1", renderer.renderText("mail/templates/invoice/3/pl/subject.txt.ftl",
                Map.of("number", "FV/1")));
        assertFalse(renderer.templateNames().contains("mail/templates/*"));
        RenderingException outside = assertThrows(RenderingException.class,
                () -> renderer.renderText("mail/other.txt.ftl", Map.of()));
        assertEquals(RenderingException.Reason.UNKNOWN_TEMPLATE, outside.reason());
    }
}
