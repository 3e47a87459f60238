package dev.relacja.procedures.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Procedure templates and the procedures started from them. Managers and admins define templates, operators
 * start procedures, anyone signed in reads. A caller sees the procedures whose main task they may see.
 * Invalid input is refused as a whole, with every broken rule named, and nothing is stored.
 */
@ProviderType
public interface ProcedureService {

    /** Every template, active or not, by code. */
    List<ProcedureTemplate> templates();

    Optional<ProcedureTemplate> template(String code);

    /** Creates a template; a code already taken is a conflict. */
    ProcedureTemplate defineTemplate(ProcedureTemplateDraft draft);

    /** Replaces the template if it is still at {@code expectedVersion}; running procedures stay as they are. */
    ProcedureTemplate updateTemplate(long id, long expectedVersion, ProcedureTemplateDraft draft);

    /** Allows or stops starting procedures from the template. */
    ProcedureTemplate setTemplateActive(long id, boolean active);

    /**
     * Starts an active template for a counterparty: one main task of type {@code procedure} and one sub-task
     * per step, with deadlines in business days (weekends and Polish public holidays skipped), all in one
     * transaction.
     */
    Procedure start(ProcedureStart start);

    Optional<Procedure> find(long id);

    /** The procedures the caller may see (of one counterparty, when given), newest first. */
    List<Procedure> list(Long counterpartyId);
}
