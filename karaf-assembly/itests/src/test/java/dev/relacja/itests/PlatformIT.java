package dev.relacja.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/** The distribution boots with every Relacja bundle active, its components running and each module's feature installed. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends RelacjaTestSupport {

    @Test
    public void everyRelacjaBundleIsActive() throws Exception {
        waitForBundlesActive(STARTUP_TIMEOUT);

        List<Bundle> bundles = relacjaBundles();
        List<String> names = bundles.stream().map(Bundle::getSymbolicName).collect(Collectors.toList());
        for (String expected : List.of("dev.relacja.core.api", "dev.relacja.core.impl",
                "dev.relacja.contacts.api", "dev.relacja.contacts.impl")) {
            assertTrue(expected + " is not installed, found " + names, names.contains(expected));
        }
        for (Bundle bundle : bundles) {
            assertEquals(bundle.getSymbolicName() + " is " + stateName(bundle.getState()),
                    Bundle.ACTIVE, bundle.getState());
        }
    }

    /** No component waits for a service that never comes or failed to activate once the REST API is up. */
    @Test
    public void everyRelacjaComponentRuns() throws Exception {
        waitForRest("counterparties", STARTUP_TIMEOUT);

        assertEquals("every Relacja bundle and component is running\n", ComponentReport.of(bundleContext));
    }

    @Test
    public void moduleFeaturesAreInstalled() throws Exception {
        assertFeatureInstalled("relacja-core");
        assertFeatureInstalled("relacja-contacts");
    }
}
