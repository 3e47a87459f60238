package dev.relacja.web.impl;

import dev.relacja.core.api.security.Role;
import dev.relacja.web.api.WebPage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages module bundles register ({@link WebPage} whiteboard), by id: of several with one id the highest
 * {@code service.ranking} counts. A page without an id the shell can route to, or without Polish and English
 * labels, is left out with a warning rather than shown half-made.
 */
@Component(service = PageRegistry.class)
public class PageRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(PageRegistry.class);
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private record Ranked(WebPage page, int ranking, long serviceId) {
    }

    private final Map<Long, Ranked> pages = new ConcurrentHashMap<>();

    @Reference(service = WebPage.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPage(WebPage page, Map<String, Object> properties) {
        List<String> problems = problemsOf(page);
        if (!problems.isEmpty()) {
            LOG.warn("Web page {} from {} left out of the menu: {}", page.id(), page.getClass().getName(), problems);
            return;
        }
        long serviceId = ((Number) properties.get(Constants.SERVICE_ID)).longValue();
        Object ranking = properties.get(Constants.SERVICE_RANKING);
        pages.put(serviceId, new Ranked(page, ranking instanceof Integer r ? r : 0, serviceId));
    }

    void removePage(WebPage page, Map<String, Object> properties) {
        pages.remove(((Number) properties.get(Constants.SERVICE_ID)).longValue());
    }

    /** The pages a role may see, one per id, in menu order. */
    public List<PageDescriptor> visibleTo(Role role) {
        Map<String, Ranked> byId = new ConcurrentHashMap<>();
        for (Ranked candidate : pages.values()) {
            byId.merge(candidate.page().id(), candidate, PageRegistry::preferred);
        }
        return byId.values().stream()
                .map(Ranked::page)
                .filter(page -> role.includes(page.requiredRole()))
                .map(PageDescriptor::of)
                .sorted(Comparator.comparingInt(PageDescriptor::menuOrder).thenComparing(PageDescriptor::id))
                .toList();
    }

    /** The higher ranking; on a tie the service registered first, as OSGi orders services. */
    private static Ranked preferred(Ranked a, Ranked b) {
        if (a.ranking() != b.ranking()) {
            return a.ranking() > b.ranking() ? a : b;
        }
        return a.serviceId() < b.serviceId() ? a : b;
    }

    static List<String> problemsOf(WebPage page) {
        List<String> problems = new ArrayList<>();
        if (page.id() == null || !ID.matcher(page.id()).matches()) {
            problems.add("id must be lower-case words joined by dashes");
        }
        Map<String, String> labels = page.labels();
        for (String language : WebPage.LANGUAGES) {
            if (labels == null || labels.get(language) == null || labels.get(language).isBlank()) {
                problems.add("no " + language + " label");
            }
        }
        if (page.requiredRole() == null) {
            problems.add("no required role");
        }
        if (page.scripts() == null || page.scripts().isEmpty()) {
            problems.add("no script");
        }
        return problems;
    }
}
