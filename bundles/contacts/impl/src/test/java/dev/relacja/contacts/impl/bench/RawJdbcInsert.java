package dev.relacja.contacts.impl.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The baseline: the fastest plain way to put the same rows into {@code contacts_counterparty}, one
 * PreparedStatement batch per 500 rows and a commit after each, filling every column as
 * {@code CounterpartyEntity} does (lists joined by lines, tags between commas, the lower-cased search text,
 * status ACTIVE, version 1). No parsing, no validation, no existing-code check.
 */
final class RawJdbcInsert {
    private static final String INSERT = "INSERT INTO contacts_counterparty (code, name, kind, nip, regon,"
            + " reg_street, reg_postal_code, reg_city, reg_country, corr_street, corr_postal_code, corr_city,"
            + " corr_country, emails, phones, billing_email, bank_account, payment_term_days, email_consent, tags,"
            + " owner_id, status, notes, search_text, created_at, updated_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private RawJdbcInsert() {
    }

    /** Inserts all rows owned by {@code ownerId}, committing every {@code batchSize}; answers how many went in. */
    static int insert(DataSource dataSource, List<SyntheticCounterparty> rows, long ownerId, int batchSize, Clock clock)
            throws SQLException {
        int inserted = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                Timestamp now = Timestamp.from(clock.instant());
                for (int i = 0; i < rows.size(); i++) {
                    if (i % batchSize == 0) {
                        // the store takes one instant per batch too
                        now = Timestamp.from(clock.instant());
                    }
                    bind(insert, rows.get(i), ownerId, now);
                    insert.addBatch();
                    if ((i + 1) % batchSize == 0 || i + 1 == rows.size()) {
                        for (int count : insert.executeBatch()) {
                            inserted += count;
                        }
                        connection.commit();
                    }
                }
            }
        }
        return inserted;
    }

    private static void bind(PreparedStatement insert, SyntheticCounterparty row, long ownerId, Timestamp now)
            throws SQLException {
        String emails = lines(row.emails());
        int p = 1;
        insert.setString(p++, row.code());
        insert.setString(p++, row.name());
        insert.setString(p++, row.kind());
        insert.setString(p++, row.nip());
        insert.setNull(p++, Types.VARCHAR);
        insert.setString(p++, row.street());
        insert.setString(p++, row.postalCode());
        insert.setString(p++, row.city());
        insert.setString(p++, SyntheticCounterparty.COUNTRY);
        for (int corr = 0; corr < 4; corr++) {
            insert.setNull(p++, Types.VARCHAR);
        }
        insert.setString(p++, emails);
        insert.setString(p++, lines(row.phones()));
        insert.setString(p++, row.billingEmail());
        insert.setNull(p++, Types.VARCHAR);
        if (row.paymentTermDays() == null) {
            insert.setNull(p++, Types.INTEGER);
        } else {
            insert.setInt(p++, row.paymentTermDays());
        }
        insert.setBoolean(p++, row.emailConsent());
        insert.setString(p++, row.tags().isEmpty() ? "" : "," + String.join(",", row.tags()) + ",");
        insert.setLong(p++, ownerId);
        insert.setString(p++, "ACTIVE");
        insert.setString(p++, row.notes());
        insert.setString(p++, searchText(row, emails));
        insert.setTimestamp(p++, now);
        insert.setTimestamp(p++, now);
        insert.setLong(p, 1L);
    }

    /** What {@code CounterpartyEntity.apply} stores in search_text: code, name, NIP, e-mails, billing e-mail. */
    static String searchText(SyntheticCounterparty row, String emails) {
        return Stream.of(row.code(), row.name(), row.nip(), emails, row.billingEmail())
                .filter(Objects::nonNull)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    private static String lines(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }
}
