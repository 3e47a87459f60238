package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.OfferTemplate;
import dev.relacja.offers.api.OfferTemplateDraft;
import dev.relacja.offers.api.OfferTemplateService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

/**
 * {@code crm:offer-template-save}: uploads an offer template from a UTF-8 file on the server, or copies a built-in
 * one to start from; creates it, or replaces the text of the one with that code.
 */
@Service
@Command(scope = "crm", name = "offer-template-save",
        description = "Upload an offer print template (XSL-FO in FreeMarker) from a file, or copy a built-in one")
public class OfferTemplateSaveCommand implements Action {
    @Reference
    OfferTemplateService templates;

    @Argument(index = 0, name = "code", required = true, description = "The template's code (a-z, 0-9, -)")
    String code;
    @Option(name = "--name", required = true, description = "What people see the template as")
    String name;
    @Option(name = "--file", description = "The template's text (on the server)")
    @Completion(FileCompleter.class)
    String file;
    @Option(name = "--based-on", description = "formal or compact: start from a copy of that built-in template")
    String basedOn;

    @Override
    public Object execute() throws Exception {
        String text = null;
        if (file != null) {
            Path path = Paths.get(file).toAbsolutePath();
            if (!Files.isRegularFile(path)) {
                return "No file " + path;
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
        }
        Long version = templates.find(code).filter(t -> !t.builtIn()).map(OfferTemplate::version).orElse(null);
        OfferTemplate saved = templates.save(code, version, new OfferTemplateDraft(name, basedOn, text));
        return "Offer template " + saved.code() + " saved (version " + saved.version() + ")";
    }
}
