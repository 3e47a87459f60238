package dev.relacja.invoicing.impl.cyclic;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.invoicing.api.CatalogueService;
import dev.relacja.invoicing.api.CyclicScheme;
import dev.relacja.invoicing.api.CyclicSchemeDraft;
import dev.relacja.invoicing.api.CyclicSchemeService;
import dev.relacja.invoicing.api.ParticipantDraft;
import dev.relacja.invoicing.api.ParticipantImportReport;
import dev.relacja.invoicing.api.SchemeParticipant;
import dev.relacja.invoicing.impl.invoice.InvoiceSeries;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cyclic scheme service: checks the caller's role, validates schemes against the catalogue and the
 * numbering series and participants against their scheme and the contacts module, and stores them.
 */
@Component(service = {CyclicSchemeService.class, CyclicSchemeServiceImpl.class})
public class CyclicSchemeServiceImpl implements CyclicSchemeService {
    private static final Logger LOG = LoggerFactory.getLogger(CyclicSchemeServiceImpl.class);

    private final CyclicSchemeStore store;
    private final InvoiceSeries series;
    private final CounterpartyService counterparties;
    private final CatalogueService catalogue;
    private final CallerContext callers;

    @Activate
    public CyclicSchemeServiceImpl(@Reference CyclicSchemeStore store, @Reference InvoiceSeries series,
            @Reference CounterpartyService counterparties, @Reference CatalogueService catalogue,
            @Reference CallerContext callers) {
        this.store = store;
        this.series = series;
        this.counterparties = counterparties;
        this.catalogue = catalogue;
        this.callers = callers;
    }

    @Override
    public CyclicScheme create(CyclicSchemeDraft draft) {
        callers.require(Role.OPERATOR);
        return store.create(SchemeDraftResolver.resolve(draft, schemeLookups()));
    }

    @Override
    public CyclicScheme update(long id, long expectedVersion, CyclicSchemeDraft draft) {
        callers.require(Role.OPERATOR);
        return store.update(id, expectedVersion, SchemeDraftResolver.resolve(draft, schemeLookups()));
    }

    @Override
    public Optional<CyclicScheme> find(long id) {
        callers.require(Role.VIEWER);
        return store.find(id);
    }

    @Override
    public List<CyclicScheme> list() {
        callers.require(Role.VIEWER);
        return store.list();
    }

    @Override
    public void delete(long id, long expectedVersion) {
        callers.require(Role.OPERATOR);
        store.delete(id, expectedVersion);
    }

    @Override
    public SchemeParticipant addParticipant(long schemeId, ParticipantDraft draft) {
        callers.require(Role.OPERATOR);
        return named(store.addParticipant(schemeId,
                scheme -> ParticipantDraftResolver.resolve(draft, scheme, null, participantLookups())));
    }

    @Override
    public SchemeParticipant updateParticipant(long participantId, long expectedVersion, ParticipantDraft draft) {
        callers.require(Role.OPERATOR);
        return named(store.updateParticipant(participantId, expectedVersion,
                (scheme, counterparty) -> ParticipantDraftResolver.resolve(draft, scheme, counterparty,
                        participantLookups())));
    }

    @Override
    public void removeParticipant(long participantId, long expectedVersion) {
        callers.require(Role.OPERATOR);
        store.removeParticipant(participantId, expectedVersion);
    }

    @Override
    public Optional<SchemeParticipant> findParticipant(long participantId) {
        callers.require(Role.VIEWER);
        return store.findParticipant(participantId).map(this::named);
    }

    @Override
    public Page<SchemeParticipant> participants(long schemeId, PageRequest page) {
        callers.require(Role.VIEWER);
        return store.participants(schemeId, page).map(this::named);
    }

    @Override
    public ParticipantImportReport importParticipants(long schemeId, Reader csv) {
        callers.require(Role.OPERATOR);
        if (store.find(schemeId).isEmpty()) {
            throw new NotFoundException("Cyclic scheme", schemeId);
        }
        ParticipantImportReport report = new ParticipantImport(store, counterparties, series).run(schemeId, csv);
        LOG.info("Participants of cyclic scheme {} imported: {} created, {} updated, {} failed", schemeId,
                report.created(), report.updated(), report.failed());
        return report;
    }

    /**
     * Every participant of a scheme with its overrides, by counterparty code, in a constant number of queries,
     * for the run engine; no role check (the engine's callers are checked by it) and no counterparty names
     * (null: the engine reads each counterparty it bills anyway).
     */
    public List<SchemeParticipant> allParticipants(long schemeId) {
        return store.allParticipants(schemeId);
    }

    /** How many participants a scheme has, in one count query; no role check, like {@link #allParticipants}. */
    public long participantCount(long schemeId) {
        return store.participantCount(schemeId);
    }

    private SchemeDraftResolver.Lookups schemeLookups() {
        return new SchemeDraftResolver.Lookups(catalogue::find, series);
    }

    private ParticipantDraftResolver.Lookups participantLookups() {
        return new ParticipantDraftResolver.Lookups(counterparties::find, series);
    }

    /** The participant with its counterparty's current name, from the contacts module. */
    private SchemeParticipant named(SchemeParticipant p) {
        String name = counterparties.find(p.counterpartyId()).map(Counterparty::name).orElse(null);
        return new SchemeParticipant(p.id(), p.schemeId(), p.counterpartyId(), p.counterpartyCode(), name, p.from(),
                p.until(), p.overrides(), p.createdAt(), p.updatedAt(), p.version());
    }
}
