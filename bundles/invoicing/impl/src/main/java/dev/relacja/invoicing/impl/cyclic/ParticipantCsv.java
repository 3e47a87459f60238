package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.invoicing.api.ParticipantItem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The participants' CSV: a header line naming {@code counterparty}, {@code from}, {@code until},
 * {@code quantityN} and {@code priceN} in any order and case, separated by commas or semicolons (whichever
 * the header uses; with semicolons a decimal comma is accepted, as Polish spreadsheets write it). The header
 * is checked before any row; each row is then parsed on its own, errors naming the column and the value.
 */
final class ParticipantCsv implements AutoCloseable {
    static final int MAX_LINE = 16_384;
    static final String COLUMNS = "counterparty, from, until, quantity1..quantity" + SchemeDraftResolver.MAX_ITEMS
            + ", price1..price" + SchemeDraftResolver.MAX_ITEMS;
    private static final Pattern LINE_COLUMN = Pattern.compile("(quantity|price)([1-9][0-9]{0,2})");
    private static final Pattern OVERRIDE_FIELD = Pattern.compile("overrides\\[(\\d+)]\\.(quantity|netPrice|position)");
    private static final char BOM = '\uFEFF';

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int headerSize;
    private final boolean decimalComma;
    private final Integer counterparty;
    private final Integer from;
    private final Integer until;
    /** By line position: the column indexes of its quantity and its price (null where absent). */
    private final Map<Integer, Integer[]> lineColumns;
    private long lastLine = 1;

    /** One data row: the counterparty's code and the participant it describes, or why it cannot be read. */
    record Row(long line, String code, LocalDate from, LocalDate until, List<ParticipantItem> overrides,
            List<String> errors) {

        /** What the participant rules said, in the CSV's own column names. */
        String describe(List<FieldError> refused) {
            List<String> parts = new ArrayList<>();
            for (FieldError error : refused) {
                parts.add(column(error.field()) + ": " + error.message());
            }
            return String.join("; ", parts);
        }

        private String column(String field) {
            Matcher override = OVERRIDE_FIELD.matcher(field);
            if (override.matches()) {
                ParticipantItem item = overrides.get(Integer.parseInt(override.group(1)));
                boolean price = override.group(2).equals("netPrice")
                        || override.group(2).equals("position") && item.quantity() == null;
                return (price ? "price" : "quantity") + item.position();
            }
            return field.equals("counterpartyId") ? "counterparty" : field;
        }
    }

    private ParticipantCsv(CSVParser parser, boolean decimalComma, List<String> header) {
        this.parser = parser;
        this.records = parser.iterator();
        this.headerSize = header.size();
        this.decimalComma = decimalComma;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
        this.counterparty = index.get("counterparty");
        this.from = index.get("from");
        this.until = index.get("until");
        this.lineColumns = new TreeMap<>();
        index.forEach((name, column) -> {
            Matcher m = LINE_COLUMN.matcher(name);
            if (m.matches()) {
                lineColumns.computeIfAbsent(Integer.parseInt(m.group(2)), position -> new Integer[2])
                        [m.group(1).equals("quantity") ? 0 : 1] = column;
            }
        });
    }

    /** Reads and checks the header; a file whose header is wrong is refused whole. */
    static ParticipantCsv open(Reader csv) {
        try {
            BufferedReader in = new BufferedReader(new LineLimitedReader(csv, MAX_LINE));
            in.mark(MAX_LINE + 2);
            String first = in.readLine();
            in.reset();
            if (first == null || first.isBlank()) {
                throw new ValidationException("file", "the file is empty; it starts with a header line naming its "
                        + "columns: " + COLUMNS);
            }
            if (first.charAt(0) == BOM) {
                in.skip(1);
            }
            char delimiter = first.indexOf(';') >= 0 ? ';' : ',';
            CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                    .setIgnoreEmptyLines(false).build().parse(in);
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = records.next().toList().stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                    .toList();
            checkHeader(header);
            return new ParticipantCsv(parser, delimiter == ';', header);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("file", "cannot read the CSV header: " + e.getMessage());
        }
    }

    private static void checkHeader(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String column : header) {
            boolean known = column.equals("counterparty") || column.equals("from") || column.equals("until")
                    || LINE_COLUMN.matcher(column).matches()
                            && Integer.parseInt(column.replaceAll("\\D", "")) <= SchemeDraftResolver.MAX_ITEMS;
            if (!known) {
                errors.add(new FieldError("header", "unknown column '" + column + "'; the columns are " + COLUMNS));
            } else if (seen.contains(column)) {
                errors.add(new FieldError("header", "the column " + column + " appears twice"));
            }
            seen.add(column);
        }
        if (!header.contains("counterparty")) {
            errors.add(new FieldError("header", "the column counterparty (the counterparty's code) is required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * The next row that is not blank, or null at the end; a file that cannot be read on (bad quoting, an
     * overlong line) throws {@link UncheckedIOException} or {@link IllegalStateException}, as commons-csv does.
     */
    Row next() {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            lastLine = parser.getCurrentLineNumber();
            if (record.stream().allMatch(String::isBlank)) {
                continue;
            }
            return row(record, lastLine);
        }
        return null;
    }

    /** The line the last record read ended on, the header's at first. */
    long lastLine() {
        return lastLine;
    }

    private Row row(CSVRecord record, long line) {
        List<String> errors = new ArrayList<>();
        if (record.size() > headerSize) {
            errors.add("the row has " + record.size() + " values, the header names " + headerSize + " columns");
        }
        String code = value(record, counterparty);
        if (code == null) {
            errors.add("counterparty: the counterparty's code is required");
        }
        LocalDate fromDate = date(errors, "from", value(record, from));
        LocalDate untilDate = date(errors, "until", value(record, until));
        List<ParticipantItem> overrides = new ArrayList<>();
        lineColumns.forEach((position, columns) -> {
            BigDecimal quantity = number(errors, "quantity" + position, value(record, columns[0]));
            BigDecimal price = number(errors, "price" + position, value(record, columns[1]));
            if (quantity != null || price != null) {
                overrides.add(new ParticipantItem(position, quantity, price));
            }
        });
        return new Row(line, code, fromDate, untilDate, overrides, errors);
    }

    private static String value(CSVRecord record, Integer column) {
        if (column == null || column >= record.size()) {
            return null;
        }
        String value = record.get(column);
        return value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(List<String> errors, String column, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(column + ": '" + value + "' is not a date such as 2026-11-27 (YYYY-MM-DD)");
            return null;
        }
    }

    /** A number as typed: spaces between thousands dropped, and a decimal comma where commas do not separate. */
    private BigDecimal number(List<String> errors, String column, String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        try {
            return new BigDecimal(decimalComma ? digits.replace(',', '.') : digits);
        } catch (NumberFormatException e) {
            errors.add(column + ": '" + value + "' is not a number such as 12.50"
                    + (decimalComma ? " or 12,50" : " (a decimal comma only in files separated by semicolons)"));
            return null;
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
