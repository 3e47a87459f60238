package dev.relacja.offers.api;

import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Serial offers: one offer for many counterparties. Made and changed as a DRAFT (content, members, price table),
 * then generated into one draft offer per member, then sent: each offer numbered and frozen as revision 1 and all
 * of them e-mailed by one mailbox send job, whose outcome per member the members' list reports. Anyone signed in
 * reads; operators (and managers, admins) change, generate and send, each change under the version it expects.
 */
@ProviderType
public interface SerialOfferService {
    /** The record group type of a serial offer's offers, for send jobs ({@code serial-offer:<id>}). */
    String RECORD_SET_TYPE = "serial-offer";
    /** The most counterparties one serial offer is for. */
    int MAX_MEMBERS = 10_000;

    /**
     * @throws dev.relacja.core.api.error.ValidationException naming each bad field, the content's as
     *         {@code content.<field>}
     */
    SerialOffer create(SerialOfferDraft draft);

    /** Replaces a DRAFT's name, content and members; prices for counterparties no longer members are dropped. */
    SerialOffer update(long id, long expectedVersion, SerialOfferDraft draft);

    /** Deletes a DRAFT with its price table. */
    void delete(long id, long expectedVersion);

    Optional<SerialOffer> find(long id);

    /** Newest first. */
    Page<SerialOffer> list(PageRequest page);

    /** The members in their order, with their offers and, once sent, what the send job did with each. */
    Page<SerialOfferMember> members(long id, PageRequest page);

    /** The price table, by counterparty and item. */
    List<SerialPrice> prices(long id);

    /**
     * Replaces a DRAFT's price table. Every cell names a member, a catalogue item on one of the content's lines and
     * a price of at least 0 with at most 2 decimals; all broken rules are reported at once as {@code prices[i].*}.
     */
    SerialOffer putPrices(long id, long expectedVersion, List<SerialPrice> prices);

    /**
     * Imports price table cells from CSV into a DRAFT: a header naming {@code counterparty} (the code), {@code item}
     * (the catalogue code) and {@code price}, comma or semicolon separated (with semicolons a decimal comma is
     * read); each row is checked as {@link #putPrices} checks a cell, and stored or reported on its own.
     *
     * @throws dev.relacja.core.api.error.ValidationException when the header is wrong (nothing is imported)
     */
    SerialPriceImport importPrices(long id, long expectedVersion, Reader csv);

    /**
     * Makes each member without an offer its draft offer (a DRAFT serial offer becomes GENERATED): the content for
     * that counterparty with its prices. A member whose offer is refused (archived meanwhile, say) is recorded with
     * the reason and the others go on; generating a GENERATED serial offer again retries those.
     */
    SerialOffer generate(long id, long expectedVersion);

    /**
     * Numbers and freezes every generated offer (revision 1) and has one mailbox send job e-mail them with their
     * PDFs, all in one transaction (the job starts once it commits); the serial offer becomes SENT. Members whose
     * offer failed are left out, and an offer past its validity stays a draft with its member saying why.
     *
     * @throws dev.relacja.core.api.error.ValidationException naming a bad account, mail template or language (as
     *         the mailbox's send jobs name them); no offer is numbered then
     * @throws dev.relacja.core.api.error.ConflictException unless GENERATED with at least one offer
     */
    SerialOffer send(long id, long expectedVersion, SerialSending sending);
}
