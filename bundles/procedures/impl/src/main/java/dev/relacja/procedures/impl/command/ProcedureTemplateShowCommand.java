package dev.relacja.procedures.impl.command;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.procedures.api.ProcedureService;
import dev.relacja.procedures.api.ProcedureStep;
import dev.relacja.procedures.api.ProcedureTemplate;
import dev.relacja.procedures.api.StepAnchor;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code crm:procedure-template-show}: one template with its steps, deadlines and owners. */
@Service
@Command(scope = "crm", name = "procedure-template-show", description = "Show a procedure template and its steps")
public class ProcedureTemplateShowCommand implements Action {
    @Reference
    ProcedureService procedures;

    @Argument(index = 0, name = "code", required = true, description = "Template code")
    @Completion(TemplateCodeCompleter.class)
    String code;

    @Override
    public Object execute() {
        ProcedureTemplate t = procedures.template(code).orElseThrow(() -> new NotFoundException("Procedure template", code));
        PrintStream out = System.out;
        out.printf("#%d  %s  %s  (%s, version %d)%n", t.id(), t.code(), t.name(), t.active() ? "active" : "inactive",
                t.version());
        if (t.description() != null) {
            out.println("  " + t.description());
        }
        ShellTable table = new ShellTable();
        table.column("#").alignRight();
        table.column("Title").maxSize(50);
        table.column("Type");
        table.column("Business days").alignRight();
        table.column("Counted from");
        table.column("Owner");
        List<ProcedureStep> steps = t.steps();
        for (int i = 0; i < steps.size(); i++) {
            ProcedureStep s = steps.get(i);
            table.addRow().addContent(i + 1, s.title(), s.type(), s.days(), countedFrom(s),
                    s.owner() == null ? "(who starts it)" : s.owner());
        }
        table.print(out);
        return null;
    }

    private static String countedFrom(ProcedureStep step) {
        if (!step.dependsOn().isEmpty()) {
            return "latest of steps " + step.dependsOn().stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return step.after() == StepAnchor.PREVIOUS_STEP ? "previous step" : "start";
    }
}
