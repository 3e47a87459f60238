package dev.relacja.offers.impl.serial;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.offers.api.SerialPriceImport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A price table file: a header naming {@code counterparty} (its code), {@code item} (the catalogue code) and
 * {@code price} in any order and case, separated by commas or semicolons (whichever the header uses; with
 * semicolons a decimal comma is read, as Polish spreadsheets write it). The header is checked before any row; then
 * each row is read on its own, a row that cannot be read reported with the column and value at fault.
 */
final class SerialPriceCsv {
    static final String COLUMNS = "counterparty, item, price";
    static final int MAX_ROWS = 200_000;
    private static final char BOM = '\uFEFF';

    /** One data row: the codes it names and its price, or why it cannot be read. */
    record Row(long line, String counterparty, String item, BigDecimal price, String error) {
    }

    private SerialPriceCsv() {
    }

    /**
     * Reads every row to {@code rows}; a file that cannot be read on (bad quoting) or is too long ends with a
     * failed row saying so.
     *
     * @throws ValidationException when the file is empty or its header is wrong
     */
    static void read(Reader csv, Consumer<Row> rows, List<SerialPriceImport.Row> unreadable) {
        try (BufferedReader in = new BufferedReader(csv)) {
            in.mark(1);
            if (in.read() != BOM) {
                in.reset();
            }
            in.mark(64 * 1024);
            String first = in.readLine();
            in.reset();
            if (first == null || first.isBlank()) {
                throw new ValidationException("file", "the file is empty; it starts with a header line naming its "
                        + "columns: " + COLUMNS);
            }
            char delimiter = first.indexOf(';') >= 0 ? ';' : ',';
            CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).build().parse(in);
            var records = parser.iterator();
            List<String> header = records.next().toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            int[] columns = columns(header);
            long count = 0;
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    if (record.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    long line = parser.getCurrentLineNumber();
                    if (++count > MAX_ROWS) {
                        unreadable.add(new SerialPriceImport.Row(line, null, null, false, "the file has more than "
                                + MAX_ROWS + " rows; this row and the ones after it were not imported"));
                        return;
                    }
                    rows.accept(row(record, line, columns, delimiter == ';'));
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                unreadable.add(new SerialPriceImport.Row(parser.getCurrentLineNumber() + 1, null, null, false,
                        "the file cannot be read from here on (" + e.getMessage() + "); the rows after it were not"
                                + " imported"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("file", "cannot read the CSV header: " + e.getMessage());
        }
    }

    /** The indexes of counterparty, item and price in the header. */
    private static int[] columns(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        int[] columns = new int[3];
        String[] names = {"counterparty", "item", "price"};
        for (int i = 0; i < names.length; i++) {
            columns[i] = header.indexOf(names[i]);
            if (columns[i] < 0) {
                errors.add(new FieldError("header", "the column " + names[i] + " is required; the columns are "
                        + COLUMNS));
            } else if (header.lastIndexOf(names[i]) != columns[i]) {
                errors.add(new FieldError("header", "the column " + names[i] + " appears twice"));
            }
        }
        header.stream().filter(h -> !List.of(names).contains(h)).findFirst().ifPresent(h -> errors.add(
                new FieldError("header", "unknown column '" + h + "'; the columns are " + COLUMNS)));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return columns;
    }

    private static Row row(CSVRecord record, long line, int[] columns, boolean decimalComma) {
        String counterparty = value(record, columns[0]);
        String item = value(record, columns[1]);
        String price = value(record, columns[2]);
        List<String> errors = new ArrayList<>();
        if (counterparty == null) {
            errors.add("counterparty: the counterparty's code is required");
        }
        if (item == null) {
            errors.add("item: the catalogue item's code is required");
        }
        BigDecimal amount = null;
        if (price == null) {
            errors.add("price: the price is required");
        } else {
            String digits = price.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
            try {
                amount = new BigDecimal(decimalComma ? digits.replace(',', '.') : digits);
            } catch (NumberFormatException e) {
                errors.add("price: '" + price + "' is not a number such as 12.50"
                        + (decimalComma ? " or 12,50" : " (a decimal comma only in files separated by semicolons)"));
            }
        }
        return new Row(line, counterparty, item, amount, errors.isEmpty() ? null : String.join("; ", errors));
    }

    private static String value(CSVRecord record, int column) {
        if (column >= record.size()) {
            return null;
        }
        String value = record.get(column);
        return value.isBlank() ? null : value.strip();
    }
}
