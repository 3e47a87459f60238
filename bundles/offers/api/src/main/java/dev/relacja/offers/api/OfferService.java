package dev.relacja.offers.api;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Offers. Anyone signed in reads; operators (and managers, admins) make, change, delete, send, and register the
 * customer's answer, each change under the version it expects. A draft's every broken rule is reported at once and
 * nothing is stored; an action the offer's status does not allow is a conflict that changes nothing.
 */
@ProviderType
public interface OfferService {
    /** The record type of offers for links, attachments, printouts and templates ({@code offer}). */
    String RECORD_TYPE = "offer";

    Offer create(OfferDraft draft);

    /**
     * Replaces a draft's or a sent offer's fields if it is still at {@code expectedVersion}. Changing a sent offer
     * freezes its next revision at once (it stays SENT, with its number and counterparty); other statuses are a
     * conflict.
     */
    Offer update(long id, long expectedVersion, OfferDraft draft);

    /** Deletes a draft if it is still at {@code expectedVersion}. */
    void delete(long id, long expectedVersion);

    Optional<Offer> find(long id);

    Page<Offer> search(OfferQuery query, PageRequest page);

    /**
     * E-mails the offer's current revision as a PDF, attached to the offer, in one transaction: a draft first takes
     * its number and freezes revision 1. Only a draft or a sent offer still valid today is sent; a bad account or
     * recipient is refused and changes nothing (no number is used).
     *
     * @throws dev.relacja.core.api.error.ValidationException naming the field of {@code sending} at fault
     * @throws dev.relacja.core.api.error.ConflictException when the status or the validity date forbids sending
     */
    Offer send(long id, long expectedVersion, OfferSending sending);

    /** The offer's frozen revisions, r1 first; empty for a draft. */
    List<OfferRevision> revisions(long id);

    Optional<OfferRevision> revision(long id, int revision);

    /**
     * What changed from revision {@code fromRevision} to {@code toRevision}.
     *
     * @throws dev.relacja.core.api.error.NotFoundException when the offer or either revision does not exist
     */
    OfferDiff diff(long id, int fromRevision, int toRevision);

    /**
     * Registers that the customer accepted {@code revision} (null: the latest) of a sent offer still within that
     * revision's validity, with their reply e-mail when {@code replyMessageId} names one the caller can see.
     *
     * @throws dev.relacja.core.api.error.ConflictException when the offer is not SENT or its validity is past
     */
    Offer accept(long id, long expectedVersion, Integer revision, Long replyMessageId);

    /** Registers that the customer declined a sent offer, with a required {@code reason} of at most 1000 chars. */
    Offer reject(long id, long expectedVersion, String reason);

    /**
     * Converts an accepted offer into a draft invoice of {@code kind} (null: SALES) through the invoicing module, in
     * one transaction: the counterparty, the accepted revision's lines with their prices and discounts, and its
     * promotions as discount lines (rabat) at their VAT rates, so the invoice's totals per rate equal the offer's;
     * the offer and the invoice are linked both ways and the offer becomes CONVERTED.
     *
     * @throws dev.relacja.core.api.error.ConflictException unless the offer is ACCEPTED (converting twice included)
     * @throws dev.relacja.core.api.error.ValidationException when the invoicing module refuses the invoice, naming
     *     its field
     */
    Offer convert(long id, long expectedVersion, ConversionKind kind);
}
