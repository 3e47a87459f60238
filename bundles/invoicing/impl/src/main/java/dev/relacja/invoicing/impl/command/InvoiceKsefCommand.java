package dev.relacja.invoicing.impl.command;

import dev.relacja.invoicing.api.Invoice;
import dev.relacja.invoicing.api.InvoiceService;
import dev.relacja.invoicing.api.KsefExport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

/** {@code crm:invoice-ksef}: an issued sales invoice, by id or number, as FA(3) XML for KSeF; printed or written to a file. */
@Service
@Command(scope = "crm", name = "invoice-ksef", description = "Export an issued sales invoice as KSeF FA(3) XML")
public class InvoiceKsefCommand implements Action {
    @Reference
    InvoiceService invoices;
    @Reference
    KsefExport ksef;

    @Argument(index = 0, name = "invoice", required = true, description = "Invoice id or number, e.g. 42 or FS/7/11/2026")
    String invoice;
    @Option(name = "--file", description = "Write the XML to this file (on the server) instead of printing it")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        Invoice found = InvoiceShowCommand.find(invoices, invoice);
        byte[] xml = ksef.fa3(found.id());
        if (file == null) {
            return new String(xml, StandardCharsets.UTF_8);
        }
        Files.write(Paths.get(file), xml);
        return "Wrote the FA(3) XML of " + found.number() + " to " + file;
    }
}
