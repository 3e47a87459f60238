package dev.relacja.offers.impl.command;

import dev.relacja.offers.api.SerialOfferService;
import dev.relacja.offers.api.SerialPriceImport;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

/** {@code crm:serial-offer-prices-import}: imports a draft serial offer's prices from a UTF-8 CSV file. */
@Service
@Command(scope = "crm", name = "serial-offer-prices-import",
        description = "Import a serial offer's prices per counterparty and item from a CSV file")
public class SerialOfferPricesImportCommand implements Action {
    @Reference
    SerialOfferService serialOffers;

    @Argument(index = 0, name = "serial-offer", required = true, description = "The serial offer's id")
    long serialOffer;
    @Argument(index = 1, name = "file", required = true, description = "CSV file (on the server) with a header "
            + "line: counterparty,item,price (codes; or ; separated with a decimal comma)")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        long version = ShellValues.serialOffer(serialOffers, serialOffer).version();
        SerialPriceImport report;
        try (Reader csv = Files.newBufferedReader(Paths.get(file), StandardCharsets.UTF_8)) {
            report = serialOffers.importPrices(serialOffer, version, csv);
        }
        report.rows().stream().filter(row -> !row.stored()).forEach(row -> System.out.printf("line %d: %s/%s: %s%n",
                row.line(), dash(row.counterparty()), dash(row.item()), row.error()));
        return String.format("%d stored, %d failed", report.stored(), report.failed());
    }

    private static String dash(String code) {
        return code == null || code.isBlank() ? "-" : code;
    }
}
