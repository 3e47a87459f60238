package dev.relacja.invoicing.impl.command;

import dev.relacja.invoicing.api.BillingTiming;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.invoicing.api.CatchUpPolicy;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.CyclicSchemeDraft;
import dev.relacja.invoicing.api.CyclicSchemeService;
import dev.relacja.invoicing.api.FrequencyUnit;
import dev.relacja.invoicing.api.InvoiceKind;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code crm:scheme-add}: adds a cyclic invoicing scheme, e.g.
 * {@code scheme-add "Abonament" --from 2026-12-01 --item ABO-M --item "Serwis|godz.|2|80|23"}.
 */
@Service
@Command(scope = "crm", name = "scheme-add", description = "Add a cyclic invoicing scheme")
public class SchemeAddCommand implements Action {
    @Reference
    CyclicSchemeService schemes;
    @Reference
    CatalogueService catalogue;

    @Argument(index = 0, name = "name", required = true, description = "Unique name of the scheme (quote it)")
    String name;
    @Option(name = "--item", required = true, multiValued = true, description = "A line, repeated in order: "
            + SchemeValues.ITEM_FORMS)
    List<String> items;
    @Option(name = "--from", required = true, description = "The day the first period starts (monthly units: its month)")
    String from;
    @Option(name = "--until", description = "The last day periods may start (open when left out)")
    String until;
    @Option(name = "--kind", description = "sales (default) or pro_forma")
    String kind;
    @Option(name = "--series", description = "Numbering series (default: the kind's)")
    String series;
    @Option(name = "--every", description = "How many units a period lasts (default 1)")
    Integer every;
    @Option(name = "--unit", description = "days, weeks, months (default), quarters or years")
    String unit;
    @Option(name = "--issue-day", description = "Monthly units: the day of the month to issue on, 1-31 or last (default 1)")
    String issueDay;
    @Option(name = "--timing", description = "in_advance (default) or in_arrears")
    String timing;
    @Option(name = "--due-days", description = "Days from issue to due (default: the buyer's payment term)")
    Integer dueDays;
    @Option(name = "--catch-up", description = "issue_all (default), one_per_run or skip_and_report")
    String catchUp;

    @Override
    public Object execute() {
        CyclicScheme created = schemes.create(new CyclicSchemeDraft(name,
                CatalogueValues.choice(InvoiceKind.class, "kind", kind), series, every,
                CatalogueValues.choice(FrequencyUnit.class, "unit", unit),
                CatalogueValues.choice(BillingTiming.class, "timing", timing), issueDay, dueDays,
                SchemeValues.date("from", from), SchemeValues.date("until", until), null, false, null,
                CatalogueValues.choice(CatchUpPolicy.class, "catch-up", catchUp),
                items.stream().map(spec -> SchemeValues.item(spec, catalogue)).toList()));
        return "Cyclic scheme #" + created.id() + " " + created.name() + " added: every " + created.every() + " "
                + CatalogueValues.lower(created.unit()) + " from " + created.activeFrom() + ", series "
                + created.series() + ", " + created.items().size() + " line(s)";
    }
}
