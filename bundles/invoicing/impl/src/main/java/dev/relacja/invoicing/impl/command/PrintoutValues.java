package dev.relacja.invoicing.impl.command;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** How the printing commands read what an operator typed and write the PDF they get. */
final class PrintoutValues {

    private PrintoutValues() {
    }

    static long counterpartyId(CounterpartyService counterparties, String code) {
        return counterparties.findByCode(code.strip()).map(Counterparty::id)
                .orElseThrow(() -> new NotFoundException("Counterparty", code.strip()));
    }

    /** The {@code --as-of} date, or null (today) when none was given. */
    static LocalDate asOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("asOf", "--as-of takes a date such as 2026-12-31, not '" + value + "'");
        }
    }

    /** Writes the PDF (replacing a file of that name) and says where to and how big. */
    static String write(String file, byte[] pdf) throws IOException {
        Path path = Paths.get(file).toAbsolutePath();
        Files.write(path, pdf);
        return "Wrote " + path + " (" + pdf.length + " bytes)";
    }
}
