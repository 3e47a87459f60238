package dev.relacja.documents.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.documents.api.RenderingException;
import dev.relacja.documents.api.RenderingException.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** FreeMarker's safe configuration: templates reach only their model. */
class TemplateSafetyTest {

    /** A model value that is a Java object, not a string (public, as model types are). */
    public record Person(String name) {
    }

    private static DocumentRendererImpl renderer;

    @BeforeAll
    static void start() {
        renderer = Renderers.create();
    }

    @AfterAll
    static void stop() {
        renderer.deactivate();
    }

    private static RenderingException refused(String name, String template) {
        new MapTemplateProvider().with(name, template).registerWith(renderer, 0);
        RenderingException e = assertThrows(RenderingException.class,
                () -> renderer.renderText(name, Map.of("person", new Person("Jan"), "map", Map.of("a", 1))));
        assertEquals(Reason.TEMPLATE_ERROR, e.reason(), e.getMessage());
        assertEquals(name, e.templateName());
        assertTrue(e.getMessage().startsWith("Template '" + name + "' failed at line 1"), e.getMessage());
        return e;
    }

    @Test
    void newInstantiatesNothing() {
        RenderingException e = refused("safety/new.txt.ftl",
                "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}");
        assertTrue(e.getMessage().contains("not allowed"), e.getMessage());

        refused("safety/new-object.txt.ftl", "<#assign o = \"freemarker.template.utility.ObjectConstructor\"?new()>"
                + "${o(\"java.io.File\", \"/etc/passwd\")}");
        refused("safety/new-jython.txt.ftl", "<#assign j = \"freemarker.template.utility.JythonRuntime\"?new()>");
    }

    @Test
    void apiIsDisabled() {
        RenderingException e = refused("safety/api.txt.ftl", "${map?api.getClass().getName()}");
        assertTrue(e.getMessage().contains("api_builtin_enabled"), e.getMessage());
    }

    @Test
    void classesAndClassLoadersAreOutOfReach() {
        for (String expression : List.of("person.class", "person.getClass()", "person.class.classLoader",
                "person.getClass().getClassLoader()", "person.class.forName(\"java.lang.Runtime\")",
                "person.class.protectionDomain", "map.class", "map.getClass().getProtectionDomain()")) {
            refused("safety/reflection-" + Math.abs(expression.hashCode()) + ".txt.ftl", "${" + expression + "}");
        }
    }

    @Test
    void theModelItselfIsReadable() {
        new MapTemplateProvider().with("safety/ok.txt.ftl", "${person.name} ${map.a}").registerWith(renderer, 0);

        assertEquals("Jan 1", renderer.renderText("safety/ok.txt.ftl", Map.of("person", new Person("Jan"), "map", Map.of("a", 1))));
    }

    @Test
    void templatesLoadOnlyFromProviders() {
        new MapTemplateProvider()
                .with("safety/include-file.txt.ftl", "<#include \"/etc/passwd\">")
                .with("safety/include-classpath.txt.ftl", "<#include \"/fop.xconf\">")
                .with("safety/include-url.txt.ftl", "<#include \"file:///etc/passwd\">")
                .registerWith(renderer, 0);

        for (String name : List.of("safety/include-file.txt.ftl", "safety/include-classpath.txt.ftl",
                "safety/include-url.txt.ftl")) {
            RenderingException e = assertThrows(RenderingException.class, () -> renderer.renderText(name, Map.of()));
            assertEquals(Reason.TEMPLATE_ERROR, e.reason(), e.getMessage());
        }
    }
}
