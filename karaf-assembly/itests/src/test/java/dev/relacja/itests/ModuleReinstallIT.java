package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * An admin uninstalls the contacts module's feature and installs it again while the core keeps
 * serving; the data survives. This test talks to the module only over HTTP, so the test probe is not
 * wired to the module's packages and is not refreshed away with them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleReinstallIT extends RelacjaTestSupport {

    @Test
    public void theContactsModuleCanBeUninstalledAndInstalledAgainKeepingItsData() throws Exception {
        String password = initialAdminPassword();
        waitForRest("counterparties", STARTUP_TIMEOUT);
        HttpResponse<String> created = post("counterparties",
                "{\"code\":\"KEEPME\",\"name\":\"Survives reinstall\",\"kind\":\"PERSON\"}", ADMIN, password);
        assertEquals(created.body(), 201, created.statusCode());
        awaitCalendarInMenu(password);

        uninstallContactsAndDependents();
        assertTrue("contacts bundles (and those of tasks and procedures, which need them) are gone",
                relacjaBundles().stream().noneMatch(b -> b.getSymbolicName().startsWith("dev.relacja.contacts")
                        || b.getSymbolicName().startsWith("dev.relacja.tasks")));
        assertEquals(404, get("counterparties", ADMIN, password).statusCode());
        assertEquals("the core keeps serving", 200, get("operators", ADMIN, password).statusCode());
        HttpResponse<String> menu = get("web/pages", ADMIN, password);
        assertEquals(menu.body(), 200, menu.statusCode());
        assertFalse("the calendar page left the menu with relacja-scheduling: " + menu.body(), menu.body().contains("\"calendar\""));
        assertEquals(Bundle.ACTIVE, relacjaBundles().stream()
                .filter(b -> b.getSymbolicName().equals("dev.relacja.core.impl")).findFirst().orElseThrow().getState());

        installContactsAndDependents();
        waitForRest("counterparties", STARTUP_TIMEOUT);
        waitForRest("tasks", STARTUP_TIMEOUT);
        awaitCalendarInMenu(password);
        HttpResponse<String> found = get("counterparties?q=KEEPME", ADMIN, password);
        assertEquals(200, found.statusCode());
        assertTrue(found.body(), found.body().contains("Survives reinstall"));
    }

    /** Waits until the web UI's menu (GET /web/pages) lists the calendar page of relacja-scheduling. */
    private void awaitCalendarInMenu(String password) throws Exception {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> menu = get("web/pages", ADMIN, password);
            last = menu.statusCode() + " " + menu.body();
            if (menu.statusCode() == 200 && menu.body().contains("\"calendar\"")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the calendar page is not in the web UI's menu: " + last);
    }
}
