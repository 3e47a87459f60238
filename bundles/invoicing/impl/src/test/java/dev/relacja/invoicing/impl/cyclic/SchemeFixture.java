package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.contacts.api.Addresses;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.core.api.numbering.ResetPeriod;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.impl.invoice.InvoiceFixture;
import dev.relacja.invoicing.impl.invoice.InvoiceSeries;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Cyclic schemes over the invoice fixture's database and services (real contacts, catalogue and numbering),
 * with the series FS and PF as the bundle defines them and FSB, a series that needs every buyer's NIP.
 */
public final class SchemeFixture implements AutoCloseable {
    public final InvoiceFixture base;
    public final CyclicSchemeStore store;
    public final CyclicSchemeServiceImpl schemes;

    public SchemeFixture(Clock clock) {
        base = new InvoiceFixture(clock);
        store = CyclicSchemeStore.over(base.db.jpa("relacja-invoicing"), clock);
        schemes = new CyclicSchemeServiceImpl(store, InvoiceSeries.of("FS", "PF", Set.of("FSB"), base.numbers),
                base.seen, base.catalogue, base.callers);
        base.as(base.operator(90, "root", Role.ADMIN));
        base.numbers.define("FSB", "FSB/{n}/{yyyy}", ResetPeriod.YEARLY);
    }

    public Counterparty person(String code, String name) {
        return base.counterparties.create(new CounterpartyDraft(code, name, CounterpartyKind.PERSON, null, null,
                Addresses.NONE, List.of(), List.of(), null, null, null, false, List.of(), null, null));
    }

    public Counterparty company(String code, String name, String nip) {
        return base.counterparties.create(new CounterpartyDraft(code, name, CounterpartyKind.COMPANY, nip, null,
                Addresses.NONE, List.of(), List.of(), null, null, null, false, List.of(), null, null));
    }

    /** A row of the run engine's billing table, as a run that billed the period would have written it. */
    public void billed(long schemeId, long participantId, LocalDate periodFrom) {
        try (Connection connection = base.db.dataSource().getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO invoicing_billing"
                        + " (scheme_id, participant_id, period_from, period_to, invoice_id, run_id) VALUES (?, ?, ?, ?, NULL, 1)")) {
            insert.setLong(1, schemeId);
            insert.setLong(2, participantId);
            insert.setDate(3, Date.valueOf(periodFrom));
            insert.setDate(4, Date.valueOf(periodFrom.plusMonths(1).minusDays(1)));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long rows(String table) {
        return base.rows(table);
    }

    @Override
    public void close() {
        base.close();
    }
}
