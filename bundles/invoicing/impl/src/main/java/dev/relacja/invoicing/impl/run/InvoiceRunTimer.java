package dev.relacja.invoicing.impl.run;

import dev.relacja.camel.CamelContextFactory;
import dev.relacja.invoicing.api.InvoiceRun;
import dev.relacja.invoicing.api.InvoiceRunRequest;
import dev.relacja.invoicing.api.RunMode;
import java.security.PrivilegedAction;
import java.util.Set;
import javax.security.auth.Subject;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every cyclic scheme up to today on a schedule: a Quartz route in the module's CamelContext, never
 * firing again while a run is still going ({@code stateful}), on behalf of the configured operator. A run
 * missed while Karaf was down is no loss: the next one bills every period due up to its day, as each scheme's
 * catch-up policy says.
 */
@Component(immediate = true, configurationPid = "dev.relacja.invoicing.runs",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = InvoiceRunTimer.Config.class)
public class InvoiceRunTimer {
    private static final Logger LOG = LoggerFactory.getLogger(InvoiceRunTimer.class);
    static final String TRIGGER = "TIMER";

    @ObjectClassDefinition(name = "Relacja cyclic invoicing runs")
    public @interface Config {
        @AttributeDefinition(description = "Whether runs happen on the schedule")
        boolean enabled() default true;

        @AttributeDefinition(description = "When to run, a Quartz cron expression (seconds minutes hours "
                + "day-of-month month day-of-week), in the server's time zone; default every day at 06:00")
        String schedule() default "0 0 6 * * ?";

        @AttributeDefinition(description = "ISSUE to issue numbered invoices, DRAFT to leave drafts to check")
        RunMode mode() default RunMode.ISSUE;

        @AttributeDefinition(description = "The operator login timed runs act as (an operator, manager or admin)")
        String runAs() default "admin";
    }

    private final CamelContext camel;

    @Activate
    public InvoiceRunTimer(@Reference CamelContextFactory camelContexts, @Reference InvoiceRunServiceImpl runs,
            Config config) {
        if (!config.enabled()) {
            LOG.info("Timed invoice runs are switched off (dev.relacja.invoicing.runs enabled=false)");
            camel = null;
            return;
        }
        Subject operator = new Subject(true, Set.of(new UserPrincipal(config.runAs())), Set.of(), Set.of());
        InvoiceRunRequest request = new InvoiceRunRequest(null, null, false, config.mode(), false);
        String cron = config.schedule().strip().replace(' ', '+');
        camel = camelContexts.create("invoicing", new RouteBuilder() {
            @Override
            public void configure() {
                from("quartz://relacja-invoicing/runs?stateful=true&cron=" + cron)
                        .routeId("invoice-runs")
                        .process(exchange -> run(runs, operator, request));
            }
        });
        LOG.info("Timed invoice runs scheduled by '{}' as {}", config.schedule(), config.runAs());
    }

    @SuppressWarnings("removal") // Subject.doAs: Karaf 4.4's JAAS Subjects still travel this way on Java 17
    private static void run(InvoiceRunServiceImpl runs, Subject operator, InvoiceRunRequest request) {
        InvoiceRun run = Subject.doAs(operator, (PrivilegedAction<InvoiceRun>) () -> runs.run(request, TRIGGER));
        LOG.info("Timed invoice run {} {}: {} created, {} skipped, {} failed", run.id(), run.status(), run.created(),
                run.skipped(), run.failed());
    }

    @Deactivate
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }
}
