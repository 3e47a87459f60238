package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.OfferPrintouts;
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

/** {@code crm:offer-pdf}: prints an offer to a PDF file with a built-in template in Polish or English. */
@Service
@Command(scope = "crm", name = "offer-pdf", description = "Print an offer to a PDF file")
public class OfferPdfCommand implements Action {
    @Reference
    OfferPrintouts printouts;

    @Argument(index = 0, name = "offer", required = true, description = "The offer's id")
    long offer;
    @Option(name = "--file", required = true, description = "PDF file to write (on the server)")
    @Completion(FileCompleter.class)
    String file;
    @Option(name = "--template", description = "formal, compact or an admin's template code (the configured default when left out)")
    String template;
    @Option(name = "--language", description = "pl or en (the configured default when left out)")
    String language;

    @Override
    public Object execute() throws Exception {
        byte[] pdf = printouts.pdf(offer, template, language);
        Path path = Paths.get(file).toAbsolutePath();
        Files.write(path, pdf);
        return "Wrote " + path + " (" + pdf.length + " bytes)";
    }
}
