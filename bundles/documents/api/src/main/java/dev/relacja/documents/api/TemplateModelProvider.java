package dev.relacja.documents.api;

import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Gives templates about a kind of record (an e-mail about an invoice, say) that record's placeholders. The
 * module that owns the record type registers it as a DS component with the service property
 * {@value #RECORD_TYPE}; the keys are those its own printout template sees, so a placeholder means the same
 * in print and in mail. A partner overrides one by ranking, like a template.
 */
@ConsumerType
public interface TemplateModelProvider {

    /** Service property: the record type this provider answers for, e.g. {@code invoice}. */
    String RECORD_TYPE = "relacja.template.record.type";

    /**
     * The model for the record as the caller may see it (values as {@link DocumentRenderer} describes), or
     * empty when there is no such record.
     */
    Optional<Map<String, Object>> model(long recordId);
}
