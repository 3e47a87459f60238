package dev.relacja.invoicing.impl.invoice;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.numbering.NumberingService;
import dev.relacja.core.api.numbering.ResetPeriod;
import dev.relacja.invoicing.api.InvoiceKind;
import java.security.PrivilegedAction;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which numbering series each document kind takes its numbers from, defined in the core on activation when
 * missing (an existing series is left as the admin set it). Defining a series is an admin's act, so it runs
 * on behalf of the configured admin login.
 */
@Component(service = InvoiceSeries.class, configurationPid = "dev.relacja.invoicing.series")
@Designate(ocd = InvoiceSeries.Config.class)
public class InvoiceSeries {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceSeries.class);

    @ObjectClassDefinition(name = "Relacja invoice numbering series")
    public @interface Config {
        @AttributeDefinition(description = "Series code of sales invoices (Faktura VAT)")
        String salesSeries() default "FS";

        @AttributeDefinition(description = "Pattern of the sales series when it is created: {n} number, {n:5} padded, "
                + "{yyyy} {yy} {MM} {dd} of the issue date")
        String salesPattern() default "FS/{n}/{MM}/{yyyy}";

        @AttributeDefinition(description = "When the sales counter restarts: MONTHLY, YEARLY or NEVER")
        ResetPeriod salesReset() default ResetPeriod.MONTHLY;

        @AttributeDefinition(description = "Series code of pro forma invoices (non-fiscal)")
        String proFormaSeries() default "PF";

        @AttributeDefinition(description = "Pattern of the pro forma series when it is created")
        String proFormaPattern() default "PF/{n}/{yyyy}";

        @AttributeDefinition(description = "When the pro forma counter restarts: MONTHLY, YEARLY or NEVER")
        ResetPeriod proFormaReset() default ResetPeriod.YEARLY;

        @AttributeDefinition(description = "Series whose invoices need the buyer's NIP whatever the buyer is "
                + "(a B2B-only series); sales invoices to companies need it in every series")
        String[] buyerNipRequired() default {};

        @AttributeDefinition(description = "The admin login on whose behalf missing series are defined")
        String adminLogin() default "admin";
    }

    private final String salesSeries;
    private final String proFormaSeries;
    private final Set<String> buyerNipRequired;
    private final NumberingService numbers;
    private final Config config;
    private volatile boolean defined;

    /**
     * Defines missing series when first needed rather than on activation: on the very first start the
     * admin operator may not exist yet while this bundle activates.
     */
    @Activate
    public InvoiceSeries(@Reference NumberingService numbers, Config config) {
        this.salesSeries = config.salesSeries();
        this.proFormaSeries = config.proFormaSeries();
        this.buyerNipRequired = Set.of(config.buyerNipRequired());
        this.numbers = numbers;
        this.config = config;
    }

    private InvoiceSeries(String salesSeries, String proFormaSeries, Set<String> buyerNipRequired,
            NumberingService numbers) {
        this.salesSeries = salesSeries;
        this.proFormaSeries = proFormaSeries;
        this.buyerNipRequired = buyerNipRequired;
        this.numbers = numbers;
        this.config = null;
        this.defined = true;
    }

    /**
     * The series outside OSGi, e.g. in tests, where the caller defines them; other series are looked up in
     * {@code numbers}.
     */
    public static InvoiceSeries of(String salesSeries, String proFormaSeries, Set<String> buyerNipRequired,
            NumberingService numbers) {
        return new InvoiceSeries(salesSeries, proFormaSeries, buyerNipRequired, numbers);
    }

    /** The default series of a kind. */
    public String codeFor(InvoiceKind kind) {
        return kind == InvoiceKind.PRO_FORMA ? proFormaSeries : salesSeries;
    }

    /**
     * Why an invoice of {@code kind} cannot take its numbers from {@code code}, if it cannot: the other kind's
     * default series is refused (pro forma numbers are not VAT invoice numbers), any other series must be
     * defined in the numbering service.
     */
    public Optional<String> problem(String code, InvoiceKind kind) {
        if (code.equals(codeFor(kind))) {
            return Optional.empty();
        }
        InvoiceKind other = kind == InvoiceKind.SALES ? InvoiceKind.PRO_FORMA : InvoiceKind.SALES;
        if (code.equals(codeFor(other))) {
            return Optional.of("series " + code + " numbers " + (other == InvoiceKind.SALES ? "sales" : "pro forma")
                    + " invoices; a " + (kind == InvoiceKind.SALES ? "sales invoice" : "pro forma") + " cannot take it");
        }
        if (numbers.find(code).isEmpty()) {
            return Optional.of("numbering series " + code + " is not defined; an admin defines it first "
                    + "(PUT /numbering-series/" + code + ")");
        }
        return Optional.empty();
    }

    /**
     * The series a draft of {@code kind} names, or the kind's default when it names none; one it cannot take is
     * reported on the field {@code series}.
     */
    public String resolve(List<FieldError> errors, String value, InvoiceKind kind) {
        if (value == null || value.isBlank()) {
            return codeFor(kind);
        }
        String code = value.strip();
        problem(code, kind).ifPresent(problem -> errors.add(new FieldError("series", problem)));
        return code;
    }

    /** Whether every buyer of the series needs a NIP, people included. */
    public boolean buyerNipRequired(String code) {
        return buyerNipRequired.contains(code);
    }

    /** Defines the series that do not exist yet, outside any document's transaction. */
    @SuppressWarnings("removal") // Subject.doAs: Karaf 4.4's JAAS Subjects still travel this way on Java 17
    public void ensureDefined() {
        if (defined) {
            return;
        }
        Subject admin = new Subject(true, Set.of(new UserPrincipal(config.adminLogin())), Set.of(), Set.of());
        defined = Subject.doAs(admin, (PrivilegedAction<Boolean>) () ->
                defineIfMissing(numbers, salesSeries, config.salesPattern(), config.salesReset())
                        & defineIfMissing(numbers, proFormaSeries, config.proFormaPattern(), config.proFormaReset()));
    }

    /** A failure leaves the series undefined and is logged: issuing then names the missing series. */
    private static boolean defineIfMissing(NumberingService numbers, String code, String pattern, ResetPeriod reset) {
        try {
            if (numbers.find(code).isEmpty()) {
                numbers.define(code, pattern, reset);
                LOG.info("Defined numbering series {} with pattern {}, reset {}", code, pattern, reset);
            }
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Could not define numbering series {} ({}); an admin must define it before invoices of it are issued",
                    code, e.getMessage());
            return false;
        }
    }
}
