package dev.relacja.invoicing.impl.run;

import dev.relacja.core.api.identifiers.Nip;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The invoice run benchmark's counterparties and participants, written with JDBC batches straight into the
 * contacts and invoicing tables (the columns as {@code db/contacts/V1__counterparties.sql} and
 * {@code db/invoicing/V4__cyclic_schemes.sql} define them, the values as the entities store them): through the
 * services, 100,000 counterparties take minutes.
 */
final class BenchData {
    private static final int BATCH = 5_000;
    private static final String[] CITIES = {"Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin",
        "Bydgoszcz", "Lublin", "Białystok"};
    private static final String[] STREETS = {"ul. Słoneczna", "ul. Długa", "ul. Żeromskiego", "al. Niepodległości",
        "ul. Świętokrzyska", "ul. Kościuszki"};
    private static final String[] SURNAMES = {"Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski",
        "Zieliński", "Szymański", "Woźniak", "Dąbrowski"};

    private BenchData() {
    }

    /** The code of the {@code i}-th counterparty (from 0). */
    static String code(int i) {
        return String.format(Locale.ROOT, "K%07d", i + 1);
    }

    /**
     * Inserts {@code count} active counterparties with a registered address: every third a person, the others
     * companies with valid, distinct NIPs. Answers their ids in the order of {@link #code}.
     */
    static List<Long> counterparties(DataSource db, int count, Instant now) throws SQLException {
        String insert = "INSERT INTO contacts_counterparty (code, name, kind, nip, reg_street, reg_postal_code, reg_city,"
                + " reg_country, email_consent, tags, status, search_text, created_at, updated_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'PL', FALSE, '', 'ACTIVE', ?, ?, ?, 1)";
        Timestamp at = Timestamp.from(now);
        try (Connection c = db.getConnection(); PreparedStatement row = c.prepareStatement(insert)) {
            c.setAutoCommit(false);
            int nipSeed = 0;
            for (int i = 0; i < count; i++) {
                String code = code(i);
                boolean person = i % 3 == 0;
                String surname = SURNAMES[i % SURNAMES.length];
                String name = person ? "Jan " + surname + " " + (i + 1)
                        : surname + " i Wspólnicy " + (i + 1) + " Sp. z o.o.";
                String nip = null;
                while (!person && nip == null) {
                    nip = nip(nipSeed++);
                }
                row.setString(1, code);
                row.setString(2, name);
                row.setString(3, person ? "PERSON" : "COMPANY");
                row.setString(4, nip);
                row.setString(5, STREETS[i % STREETS.length] + " " + (i % 150 + 1));
                row.setString(6, String.format(Locale.ROOT, "%02d-%03d", i % 100, i % 1000));
                row.setString(7, CITIES[i % CITIES.length]);
                row.setString(8, String.join("\n", code, name, nip == null ? "" : nip).toLowerCase(Locale.ROOT).strip());
                row.setTimestamp(9, at);
                row.setTimestamp(10, at);
                added(c, row, i);
            }
            row.executeBatch();
            c.commit();
            return ids(c, "SELECT id FROM contacts_counterparty WHERE code LIKE 'K%' ORDER BY code");
        }
    }

    /** Adds the row bound to the batch, sending the batch and committing every {@link #BATCH} rows. */
    private static void added(Connection c, PreparedStatement insert, int index) throws SQLException {
        insert.addBatch();
        if ((index + 1) % BATCH == 0) {
            insert.executeBatch();
            c.commit();
        }
    }

    private static List<Long> ids(Connection c, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement(query); ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                ids.add(result.getLong(1));
            }
        }
        c.commit();
        return ids;
    }

    /** The valid NIP that starts with nine digits made of {@code seed}, or null when no check digit fits them. */
    private static String nip(int seed) {
        String digits = String.format(Locale.ROOT, "%09d", 521_000_000 + seed);
        for (int check = 0; check <= 9; check++) {
            if (Nip.isValid(digits + check)) {
                return digits + check;
            }
        }
        return null;
    }

    /**
     * Adds the first {@code count} counterparties to the scheme as participants for good, with their own
     * quantities and prices now and then (never a zero quantity, so every invoice keeps the scheme's three
     * lines): every 4th takes 2 of line 1, every 5th pays 12.50 for line 3, every 7th takes 3 of line 2 at 4.00.
     */
    static void participants(DataSource db, long schemeId, List<Long> counterpartyIds, int count, Instant now)
            throws SQLException {
        Timestamp at = Timestamp.from(now);
        try (Connection c = db.getConnection();
                PreparedStatement participant = c.prepareStatement("INSERT INTO invoicing_participant (scheme_id,"
                        + " counterparty_id, counterparty_code, valid_from, valid_until, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, NULL, NULL, ?, ?, 1)");
                PreparedStatement override = c.prepareStatement("INSERT INTO invoicing_participant_item"
                        + " (participant_id, line_no, quantity, net_price) VALUES (?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                participant.setLong(1, schemeId);
                participant.setLong(2, counterpartyIds.get(i));
                participant.setString(3, code(i));
                participant.setTimestamp(4, at);
                participant.setTimestamp(5, at);
                added(c, participant, i);
            }
            participant.executeBatch();
            c.commit();
            List<Long> ids = ids(c, "SELECT id FROM invoicing_participant WHERE scheme_id = " + schemeId
                    + " ORDER BY counterparty_code");
            int rows = 0;
            for (int i = 0; i < count; i++) {
                if (i % 4 == 0) {
                    rows += override(override, ids.get(i), 1, new BigDecimal("2"), null);
                }
                if (i % 7 == 0) {
                    rows += override(override, ids.get(i), 2, new BigDecimal("3"), new BigDecimal("4.00"));
                }
                if (i % 5 == 0) {
                    rows += override(override, ids.get(i), 3, null, new BigDecimal("12.50"));
                }
                if (rows >= BATCH) {
                    override.executeBatch();
                    c.commit();
                    rows = 0;
                }
            }
            override.executeBatch();
            c.commit();
        }
    }

    private static int override(PreparedStatement override, long participantId, int line, BigDecimal quantity,
            BigDecimal price) throws SQLException {
        override.setLong(1, participantId);
        override.setShort(2, (short) line);
        if (quantity == null) {
            override.setNull(3, Types.DECIMAL);
        } else {
            override.setBigDecimal(3, quantity);
        }
        if (price == null) {
            override.setNull(4, Types.DECIMAL);
        } else {
            override.setBigDecimal(4, price);
        }
        override.addBatch();
        return 1;
    }
}
