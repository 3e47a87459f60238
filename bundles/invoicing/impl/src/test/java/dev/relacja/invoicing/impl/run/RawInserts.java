package dev.relacja.invoicing.impl.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * The raw JDBC baseline of a run: the very rows a run wrote, read back into memory and inserted again into a fresh
 * database with plain batched INSERTs (ids included, as a sequence would hand them out), in chunks of invoices
 * committed one by one as the run commits its chunks.
 */
final class RawInserts {

    /** A table's rows in memory, with its column names. */
    record Rows(String table, List<String> columns, List<Object[]> rows) {

        int column(String name) {
            return columns.indexOf(name.toUpperCase(java.util.Locale.ROOT));
        }

        long longAt(int row, String column) {
            return ((Number) rows.get(row)[column(column)]).longValue();
        }

        /** The first rows, up to the last whose {@code column} (which the rows are sorted by) is at most {@code max}. */
        Rows upTo(String column, long max) {
            int end = 0;
            while (end < rows.size() && longAt(end, column) <= max) {
                end++;
            }
            return new Rows(table, columns, rows.subList(0, end));
        }
    }

    private RawInserts() {
    }

    /** The rows of {@code table} that {@code where} (SQL, or "" for all) selects, in order. */
    static Rows read(DataSource db, String table, String where, String orderBy) throws SQLException {
        try (Connection c = db.getConnection(); Statement statement = c.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM " + table + " " + where + " ORDER BY "
                        + orderBy)) {
            ResultSetMetaData meta = result.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnName(i));
            }
            List<Object[]> rows = new ArrayList<>();
            while (result.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(row);
            }
            return new Rows(table, List.copyOf(columns), rows);
        }
    }

    /** Copies rows as they are, in one transaction, outside any measurement (e.g. what foreign keys point to). */
    static void copy(DataSource db, Rows rows) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement(insertSql(rows))) {
            c.setAutoCommit(false);
            for (Object[] row : rows.rows()) {
                bind(insert, row);
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        }
    }

    /**
     * Inserts the invoices and, after each, its rows of every child table (each sorted by {@code invoice_id}),
     * committing every {@code chunk} invoices; with {@code runId}, each chunk also adds its invoices to the run's
     * count, as a run's chunk does.
     */
    static void insert(DataSource db, Rows invoices, List<Rows> children, int chunk, Long runId) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            List<PreparedStatement> childInserts = new ArrayList<>();
            try (PreparedStatement invoiceInsert = c.prepareStatement(insertSql(invoices));
                    PreparedStatement count = c.prepareStatement("UPDATE invoicing_run SET created_count ="
                            + " created_count + ?, version = version + 1 WHERE id = ?")) {
                for (Rows child : children) {
                    childInserts.add(c.prepareStatement(insertSql(child)));
                }
                int[] next = new int[children.size()];
                int idColumn = invoices.column("id");
                int inChunk = 0;
                for (Object[] invoice : invoices.rows()) {
                    bind(invoiceInsert, invoice);
                    invoiceInsert.addBatch();
                    long id = ((Number) invoice[idColumn]).longValue();
                    for (int t = 0; t < children.size(); t++) {
                        Rows child = children.get(t);
                        while (next[t] < child.rows().size() && child.longAt(next[t], "invoice_id") == id) {
                            bind(childInserts.get(t), child.rows().get(next[t]++));
                            childInserts.get(t).addBatch();
                        }
                    }
                    if (++inChunk == chunk) {
                        flush(c, invoiceInsert, childInserts, count, runId, inChunk);
                        inChunk = 0;
                    }
                }
                flush(c, invoiceInsert, childInserts, count, runId, inChunk);
                for (int t = 0; t < children.size(); t++) {
                    if (next[t] != children.get(t).rows().size()) {
                        throw new IllegalStateException(children.get(t).table() + " has rows of no invoice");
                    }
                }
            } finally {
                for (PreparedStatement statement : childInserts) {
                    statement.close();
                }
            }
        }
    }

    private static void flush(Connection c, PreparedStatement invoices, List<PreparedStatement> children,
            PreparedStatement count, Long runId, int created) throws SQLException {
        invoices.executeBatch();
        for (PreparedStatement child : children) {
            child.executeBatch();
        }
        if (runId != null && created > 0) {
            count.setInt(1, created);
            count.setLong(2, runId);
            count.executeUpdate();
        }
        c.commit();
    }

    private static String insertSql(Rows rows) {
        return "INSERT INTO " + rows.table() + " (" + String.join(", ", rows.columns()) + ") VALUES ("
                + String.join(", ", Collections.nCopies(rows.columns().size(), "?")) + ")";
    }

    private static void bind(PreparedStatement insert, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            insert.setObject(i + 1, row[i]);
        }
    }
}
