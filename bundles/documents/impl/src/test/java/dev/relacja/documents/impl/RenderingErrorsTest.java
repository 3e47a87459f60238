package dev.relacja.documents.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.documents.api.RenderingException;
import dev.relacja.documents.api.RenderingException.Reason;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every failure is a RenderingException a person can act on: which template, which line, what. */
class RenderingErrorsTest {

    private static DocumentRendererImpl renderer;

    @BeforeAll
    static void start() {
        renderer = Renderers.create();
        new MapTemplateProvider()
                .with("err/syntax.txt.ftl", "line one\n<#if x>unclosed")
                .with("err/missing.txt.ftl", "line one\nline two ${nobody.name}")
                .with("err/includes-missing.txt.ftl", "one\ntwo\n<#include \"/err/nowhere.ftl\">")
                .with("err/invalid.fo.ftl", Renderers.fo("<fo:block><fo:page-sequence/></fo:block>"))
                .with("err/not-xml.fo.ftl", "<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\">\n<fo:block a=\"1\" a=\"2\">")
                .with("err/plain.txt.ftl", "Dzień dobry, ${name}! <b>${name}</b> ${day} ${at}")
                .with("err/page.html.ftl", "<p>${name}</p>")
                .with("err/recursion.txt.ftl", "<#macro again><@again/></#macro><@again/>")
                .registerWith(renderer, 0);
    }

    @AfterAll
    static void stop() {
        renderer.deactivate();
    }

    private static RenderingException failure(Reason reason, String template) {
        RenderingException e = assertThrows(RenderingException.class, template.endsWith(".fo.ftl")
                ? () -> renderer.renderPdf(template, Map.of()) : () -> renderer.renderText(template, Map.of()));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(template, e.templateName());
        assertTrue(e.getMessage().contains(template), e.getMessage());
        return e;
    }

    @Test
    void checkingParsesWithoutRunning() {
        renderer.check("err/missing.txt.ftl");

        RenderingException e = assertThrows(RenderingException.class, () -> renderer.check("err/syntax.txt.ftl"));
        assertEquals(Reason.TEMPLATE_ERROR, e.reason());
        assertEquals(2, e.line(), e.getMessage());
        assertEquals(Reason.UNKNOWN_TEMPLATE,
                assertThrows(RenderingException.class, () -> renderer.check("err/nothing-here.txt.ftl")).reason());
    }

    @Test
    void anUnknownTemplateIsNamed() {
        RenderingException e = failure(Reason.UNKNOWN_TEMPLATE, "err/nothing-here.txt.ftl");
        assertEquals("No template named 'err/nothing-here.txt.ftl' is registered (no TemplateProvider offers it)",
                e.getMessage());
    }

    @Test
    void aPdfNeedsAnFoTemplate() {
        RenderingException e = assertThrows(RenderingException.class, () -> renderer.renderPdf("err/plain.txt.ftl", Map.of()));
        assertEquals(Reason.UNKNOWN_TEMPLATE, e.reason());
        assertTrue(e.getMessage().contains("*.fo.ftl"), e.getMessage());
    }

    @Test
    void aSyntaxErrorGivesTheLine() {
        RenderingException e = failure(Reason.TEMPLATE_ERROR, "err/syntax.txt.ftl");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("Template 'err/syntax.txt.ftl' has a syntax error at line 2"), e.getMessage());
    }

    @Test
    void aMissingValueGivesTheLineAndTheExpression() {
        RenderingException e = failure(Reason.TEMPLATE_ERROR, "err/missing.txt.ftl");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("Template 'err/missing.txt.ftl' failed at line 2: "), e.getMessage());
        assertTrue(e.getMessage().contains("nobody"), e.getMessage());
        assertTrue(!e.getMessage().contains("Tip:") && !e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aMissingIncludeIsATemplateError() {
        RenderingException e = failure(Reason.TEMPLATE_ERROR, "err/includes-missing.txt.ftl");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("err/nowhere.ftl"), e.getMessage());
    }

    @Test
    void invalidFoIsAnFoErrorWithItsLine() {
        RenderingException e = failure(Reason.FO_ERROR, "err/invalid.fo.ftl");
        assertTrue(e.getMessage().startsWith("The XSL-FO that template 'err/invalid.fo.ftl' produced is not valid XSL-FO"),
                e.getMessage());
        assertTrue(e.getMessage().contains("fo:page-sequence"), e.getMessage());

        RenderingException notXml = failure(Reason.FO_ERROR, "err/not-xml.fo.ftl");
        assertEquals(2, notXml.line(), notXml.getMessage());
        assertTrue(notXml.getMessage().contains("is not well-formed XML (at line 2 of the generated XSL-FO)"),
                notXml.getMessage());
    }

    @Test
    void endlessRecursionIsATemplateError() {
        RenderingException e = failure(Reason.TEMPLATE_ERROR, "err/recursion.txt.ftl");
        assertTrue(e.getMessage().contains("recursed too deeply") || e.getMessage().contains("failed"), e.getMessage());
    }

    @Test
    void textTemplatesEscapeByTheirKind() {
        Map<String, Object> model = Map.of("name", "<Zażółć & gęślą>", "day", LocalDate.of(2026, 11, 27),
                "at", LocalDateTime.of(2026, 11, 27, 9, 5));
        assertEquals("Dzień dobry, <Zażółć & gęślą>! <b><Zażółć & gęślą></b> 27.11.2026 27.11.2026 09:05",
                renderer.renderText("err/plain.txt.ftl", model));
        assertEquals("<p>&lt;Zażółć &amp; gęślą&gt;</p>", renderer.renderText("err/page.html.ftl", model));
    }
}
