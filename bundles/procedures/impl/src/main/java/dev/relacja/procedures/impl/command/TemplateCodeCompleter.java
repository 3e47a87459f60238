package dev.relacja.procedures.impl.command;

import dev.relacja.procedures.api.ProcedureService;
import dev.relacja.procedures.api.ProcedureTemplate;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the codes of active procedure templates. */
@Service
public class TemplateCodeCompleter implements Completer {
    @Reference
    ProcedureService procedures;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter codes = new StringsCompleter();
        procedures.templates().stream().filter(ProcedureTemplate::active).map(ProcedureTemplate::code)
                .forEach(codes.getStrings()::add);
        return codes.complete(session, commandLine, candidates);
    }
}
