package dev.relacja.web.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.relacja.core.api.security.Role;
import dev.relacja.web.api.WebPage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

class PageRegistryTest {
    private final PageRegistry registry = new PageRegistry();
    private long nextServiceId = 1;

    private record Page(String id, Map<String, String> labels, int menuOrder, Role requiredRole, List<String> scripts)
            implements WebPage {
    }

    private static Page page(String id, int order, Role role) {
        return new Page(id, Map.of("pl", id + " pl", "en", id + " en"), order, role, List.of("/relacja/modules/x/" + id + ".js"));
    }

    private Map<String, Object> register(WebPage page, Integer ranking) {
        Map<String, Object> properties = ranking == null
                ? Map.of(Constants.SERVICE_ID, nextServiceId++)
                : Map.of(Constants.SERVICE_ID, nextServiceId++, Constants.SERVICE_RANKING, ranking);
        registry.addPage(page, properties);
        return properties;
    }

    private List<String> ids(Role role) {
        return registry.visibleTo(role).stream().map(PageDescriptor::id).toList();
    }

    @Test
    void pagesComeInMenuOrderAndOnlyForRolesThatMayOpenThem() {
        register(page("team-load", 300, Role.MANAGER), null);
        register(page("calendar", 100, Role.VIEWER), null);
        register(page("operators", 900, Role.ADMIN), null);

        assertEquals(List.of("calendar"), ids(Role.OPERATOR));
        assertEquals(List.of("calendar", "team-load"), ids(Role.MANAGER));
        assertEquals(List.of("calendar", "team-load", "operators"), ids(Role.ADMIN));
    }

    @Test
    void anUnregisteredPageLeavesTheMenu() {
        Page calendar = page("calendar", 100, Role.VIEWER);
        Map<String, Object> properties = register(calendar, null);
        register(page("tasks", 200, Role.VIEWER), null);

        registry.removePage(calendar, properties);

        assertEquals(List.of("tasks"), ids(Role.VIEWER));
    }

    @Test
    void ofTwoPagesWithOneIdTheHigherRankingWins() {
        register(page("calendar", 100, Role.VIEWER), -1);
        Page partner = new Page("calendar", Map.of("pl", "Terminarz partnera", "en", "Partner calendar"), 100, Role.VIEWER,
                List.of("/relacja/modules/partner/calendar.js"));
        Map<String, Object> partnerProperties = register(partner, 10);

        assertEquals(List.of("/relacja/modules/partner/calendar.js"), registry.visibleTo(Role.VIEWER).get(0).scripts());
        registry.removePage(partner, partnerProperties);
        assertEquals(List.of("/relacja/modules/x/calendar.js"), registry.visibleTo(Role.VIEWER).get(0).scripts());
    }

    @Test
    void halfMadePagesAreLeftOut() {
        register(new Page("Bad Id", Map.of("pl", "a", "en", "b"), 1, Role.VIEWER, List.of("/a.js")), null);
        register(new Page("no-english", Map.of("pl", "a"), 1, Role.VIEWER, List.of("/a.js")), null);
        register(new Page("no-script", Map.of("pl", "a", "en", "b"), 1, Role.VIEWER, List.of()), null);
        register(new Page("no-role", Map.of("pl", "a", "en", "b"), 1, null, List.of("/a.js")), null);

        assertEquals(List.of(), ids(Role.ADMIN));
        assertEquals(List.of("no en label"), PageRegistry.problemsOf(
                new Page("no-english", Map.of("pl", "a"), 1, Role.VIEWER, List.of("/a.js"))));
    }
}
