package dev.relacja.offers.impl.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.Role;
import dev.relacja.documents.impl.DocumentRendererImpl;
import dev.relacja.documents.impl.DocumentRenderers;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferDraft;
import dev.relacja.offers.api.OfferLineDraft;
import dev.relacja.offers.api.OfferTemplate;
import dev.relacja.offers.api.OfferTemplateDraft;
import dev.relacja.offers.impl.OffersFixture;
import dev.relacja.offers.impl.printing.OffersTemplates;
import dev.relacja.offers.impl.printing.PdfText;
import dev.relacja.testing.MutableClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admins' offer templates with the real renderer (a 2 s time limit): copied from a built-in one, changed, previewed
 * against a real offer and chosen for printing; syntax and run-time errors named by line and never a PDF; and a
 * corpus of hostile templates refused or neutralised, with nothing outside the sandbox read or fetched.
 */
class OfferTemplatesTest {
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /** What each hostile template's error says. */
    private static final Map<String, String> REASONS = Map.of("an external entity", "DOCTYPE is disallowed",
            "?new", "is not allowed in the template for security reasons", "?api", "api_builtin_enabled",
            "class resolution", "offer.class", "an include from the file system", "Template not found",
            "endless recursion", "recursed too deeply", "a huge loop", "characters and was stopped");

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
    private DocumentRendererImpl renderer;
    private OffersFixture fx;
    private Operator admin;
    private Operator anna;
    private Offer offer;
    private HttpServer outside;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        renderer = DocumentRenderers.create(Duration.ofSeconds(2));
        DocumentRenderers.register(renderer, new OffersTemplates(), -1, "offers/common.fo.ftl",
                "offers/formal.fo.ftl", "offers/compact.fo.ftl");
        fx = new OffersFixture(clock, renderer);
        admin = fx.operator(1, "szefowa", Role.ADMIN);
        anna = fx.operator(2, "anna", Role.OPERATOR);
        fx.as(anna);
        Counterparty acme = fx.customer("ACME", "Acme Sp. z o.o.");
        offer = fx.offers.create(new OfferDraft(acme.id(), null, null, null, null, null, null, List.of(
                new OfferLineDraft(null, "Laptop biznesowy", null, "szt.", new BigDecimal("2"),
                        new BigDecimal("3000.00"), null, "23")), List.of(), null));
        outside = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        outside.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, PNG.length);
            exchange.getResponseBody().write(PNG);
            exchange.close();
        });
        outside.start();
    }

    @AfterEach
    void tearDown() {
        outside.stop(0);
        fx.close();
        DocumentRenderers.shutdown(renderer);
    }

    @Test
    void anAdminCopiesABuiltInTemplateChangesItAndOffersPrintWithIt() {
        fx.as(admin);
        OfferTemplate copy = fx.templates.save("moja-oferta", null, new OfferTemplateDraft("Moja oferta", "formal",
                null));
        assertEquals(fx.templates.find("formal").orElseThrow().text(), copy.text());
        assertEquals("formal", copy.basedOn());
        assertEquals(List.of("formal", "compact", "moja-oferta"), fx.templates.list().stream()
                .map(OfferTemplate::code).toList());
        assertNull(fx.templates.list().get(2).text());

        String changed = copy.text().replace("<fo:block font-size=\"16pt\" font-weight=\"bold\">${title}</fo:block>",
                "<fo:block font-size=\"16pt\" font-weight=\"bold\">MOJA FIRMA OFERUJE</fo:block>");
        OfferTemplate saved = fx.templates.save("moja-oferta", copy.version(), new OfferTemplateDraft("Moja oferta",
                null, changed));
        assertThrows(StaleVersionException.class, () -> fx.templates.save("moja-oferta", copy.version(),
                new OfferTemplateDraft("Moja oferta", null, changed)));

        fx.as(anna);
        String preview = PdfText.of(fx.templates.preview("moja-oferta", offer.id(), "pl"));
        assertTrue(preview.contains("MOJA FIRMA OFERUJE") && preview.contains("6 000,00"), preview);
        String printed = PdfText.of(fx.documents.pdf(offer, "moja-oferta", "en"));
        assertTrue(printed.contains("MOJA FIRMA OFERUJE"), printed);
        assertFalse(PdfText.of(fx.documents.pdf(offer, "formal", "pl")).contains("MOJA FIRMA"));
        assertThrows(AccessDeniedException.class, () -> fx.templates.save("moja-oferta", saved.version(),
                new OfferTemplateDraft("Moja", null, changed)));
        assertEquals("template", assertThrows(ValidationException.class,
                () -> fx.documents.pdf(offer, "nie-ma-takiego", "pl")).errors().get(0).field());

        Offer chosen = fx.offers.update(offer.id(), offer.version(), withTemplate(offer, "Moja-Oferta"));
        assertEquals("moja-oferta", chosen.printTemplate());
        assertTrue(PdfText.of(fx.documents.pdf(chosen, null, "pl")).contains("MOJA FIRMA OFERUJE"));
        assertEquals(List.of("printTemplate"), fields(assertThrows(ValidationException.class,
                () -> fx.offers.update(offer.id(), chosen.version(), withTemplate(chosen, "nie-ma")))));

        fx.as(admin);
        ConflictException inUse = assertThrows(ConflictException.class,
                () -> fx.templates.delete("moja-oferta", saved.version()));
        assertTrue(inUse.getMessage().contains("1 offer(s)"), inUse.getMessage());
        fx.as(anna);
        fx.offers.update(offer.id(), chosen.version(), withTemplate(chosen, null));
        fx.as(admin);
        fx.templates.delete("moja-oferta", saved.version());
        assertEquals(2, fx.templates.list().size());
    }

    @Test
    void badCodesNamesAndTextsAreRefusedTogetherAndNothingIsStored() {
        fx.as(admin);
        ValidationException refused = assertThrows(ValidationException.class, () -> fx.templates.save("Zła Nazwa",
                null, new OfferTemplateDraft(" ", "fancy", null)));
        assertEquals(List.of("code", "name", "basedOn"), fields(refused));
        assertEquals(List.of("code"), fields(assertThrows(ValidationException.class, () -> fx.templates.save(
                "formal", null, new OfferTemplateDraft("Mój formal", "formal", null)))));

        ValidationException syntax = assertThrows(ValidationException.class, () -> fx.templates.save("zla-skladnia",
                null, new OfferTemplateDraft("Zła składnia", null, "<fo:root>\n<#if>\n</fo:root>")));
        assertEquals(List.of("text"), fields(syntax));
        assertTrue(syntax.errors().get(0).message().startsWith("line 2: "), syntax.errors().get(0).message());
        assertEquals(0, fx.rows("offers_template"));
    }

    @Test
    void aTemplateThatFailsWhilePrintingNamesItsLineAndGivesNoPdf() {
        fx.as(admin);
        fx.templates.save("brak-pola", null, new OfferTemplateDraft("Brak pola", null,
                fo("<fo:block>${offer.label}</fo:block>\n<fo:block>\n${offer.notThere}</fo:block>")));
        fx.as(anna);

        ValidationException failed = assertThrows(ValidationException.class,
                () -> fx.templates.preview("brak-pola", offer.id(), "pl"));

        assertEquals("template", failed.errors().get(0).field());
        assertTrue(failed.getMessage().contains("Offer template 'brak-pola', line 3"), failed.getMessage());
        ValidationException badFo = assertThrows(ValidationException.class, () -> fx.templates.preview(
                new OfferTemplateDraft(null, null, fo("<fo:nonsense/>")), offer.id(), "pl"));
        assertTrue(badFo.getMessage().contains("nonsense"), badFo.getMessage());
    }

    @Test
    void hostileTemplatesAreRefusedOrNeutralisedAndNothingOutsideIsReadOrFetched() throws IOException {
        Path secret = Files.write(folder.resolve("secret.png"), PNG);
        String base = "http://127.0.0.1:" + outside.getAddress().getPort() + "/";
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("an external entity", "<!DOCTYPE fo:root [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY remote SYSTEM \"" + base + "entity\"><!ENTITY % dtd SYSTEM \"" + base + "dtd\"> %dtd;]>"
                + fo("<fo:block>&secret; &remote;</fo:block>"));
        refused.put("?new", fo("<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}"));
        refused.put("?api", fo("<fo:block>${offer?api.getClass().getName()}</fo:block>"));
        refused.put("class resolution", fo("<fo:block>${offer.class.forName(\"java.lang.Runtime\")}</fo:block>"));
        refused.put("an include from the file system", fo("<#include \"" + secret.toUri() + "\">"));
        refused.put("endless recursion", "<#macro again><@again/></#macro>" + fo("<@again/>"));
        refused.put("a huge loop", fo("<#list 1..2000000000 as i><fo:block>${i}</fo:block></#list>"));
        for (Map.Entry<String, String> hostile : refused.entrySet()) {
            ValidationException e = assertThrows(ValidationException.class, () -> fx.templates.preview(
                    new OfferTemplateDraft(null, null, hostile.getValue()), offer.id(), "pl"), hostile.getKey());
            assertEquals("template", e.errors().get(0).field(), hostile.getKey());
            assertTrue(e.getMessage().contains(REASONS.get(hostile.getKey())), e.getMessage());
        }

        for (String image : List.of(secret.toUri().toString(), base + "logo.png")) {
            byte[] pdf = fx.templates.preview(new OfferTemplateDraft(null, null, fo("<fo:block>Logo:"
                    + "<fo:external-graphic src=\"url('" + image + "')\"/></fo:block>")), offer.id(), "pl");
            assertEquals(0, PdfText.imageCount(pdf), image + " was not read");
            assertTrue(PdfText.of(pdf).contains("Logo:"), "the rest prints");
        }
        assertEquals(0, requests.get(), "nothing was fetched from outside");
    }

    private static OfferDraft withTemplate(Offer offer, String template) {
        OfferDraft same = OfferDraft.of(offer);
        return new OfferDraft(same.counterpartyId(), same.contactPersonId(), same.ownerId(), same.issueDate(),
                same.validUntil(), same.currency(), same.priceBasis(), same.lines(), same.promotions(), same.texts(),
                template);
    }

    /** A minimal XSL-FO document around {@code flow}. */
    private static String fo(String flow) {
        return "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\"><fo:layout-master-set>"
                + "<fo:simple-page-master master-name=\"p\" page-width=\"210mm\" page-height=\"297mm\">"
                + "<fo:region-body margin=\"20mm\"/></fo:simple-page-master></fo:layout-master-set>"
                + "<fo:page-sequence master-reference=\"p\"><fo:flow flow-name=\"xsl-region-body\">" + flow
                + "</fo:flow></fo:page-sequence></fo:root>";
    }

    private static List<String> fields(ValidationException e) {
        return e.errors().stream().map(error -> error.field()).toList();
    }
}
