package dev.relacja.offers.impl.offer;

import dev.relacja.core.api.numbering.NumberingService;
import dev.relacja.core.api.numbering.ResetPeriod;
import dev.relacja.offers.impl.OffersConfig;
import java.security.PrivilegedAction;
import java.time.LocalDate;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The numbering series offers take their numbers from, {@value #CODE} ({@value #PATTERN}, restarting yearly), defined
 * in the core when first needed if missing (an existing one is left as the admin set it). Defining a series is an
 * admin's act, so it runs on behalf of the configured admin login, outside any offer's transaction.
 */
@Component(service = OfferSeries.class, configurationPid = OffersConfig.PID)
public class OfferSeries {
    static final String CODE = "OF";
    static final String PATTERN = "OF/{n}/{yyyy}";
    private static final Logger LOG = LoggerFactory.getLogger(OfferSeries.class);

    private final NumberingService numbers;
    private final String adminLogin;
    private volatile boolean defined;

    /** Defines the series when first needed: on the very first start the admin may not exist yet. */
    @Activate
    public OfferSeries(@Reference NumberingService numbers, OffersConfig config) {
        this.numbers = numbers;
        this.adminLogin = config.adminLogin();
    }

    private OfferSeries(NumberingService numbers) {
        this.numbers = numbers;
        this.adminLogin = null;
        this.defined = true;
    }

    /** The series outside OSGi, e.g. in tests, where the caller defines {@value #CODE} itself. */
    public static OfferSeries definedIn(NumberingService numbers) {
        return new OfferSeries(numbers);
    }

    /** The next number for an offer issued on {@code issueDate}, inside the caller's transaction. */
    String allocate(LocalDate issueDate) {
        return numbers.allocate(CODE, issueDate);
    }

    /** Defines the series if it does not exist yet; a failure is logged, and sending then names the series. */
    @SuppressWarnings("removal") // Subject.doAs: Karaf 4.4's JAAS Subjects still travel this way on Java 17
    void ensureDefined() {
        if (defined) {
            return;
        }
        Subject admin = new Subject(true, Set.of(new UserPrincipal(adminLogin)), Set.of(), Set.of());
        defined = Subject.doAs(admin, (PrivilegedAction<Boolean>) this::defineIfMissing);
    }

    private boolean defineIfMissing() {
        try {
            if (numbers.find(CODE).isEmpty()) {
                numbers.define(CODE, PATTERN, ResetPeriod.YEARLY);
                LOG.info("Defined numbering series {} with pattern {}, reset yearly", CODE, PATTERN);
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Could not define numbering series {} ({}); an admin must define it before offers are sent",
                    CODE, e.getMessage());
            return false;
        }
    }
}
