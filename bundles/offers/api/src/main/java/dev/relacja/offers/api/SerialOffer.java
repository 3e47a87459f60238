package dev.relacja.offers.api;

import java.time.Instant;

/**
 * One offer prepared for many counterparties: the offer's content, without a counterparty, made into one offer
 * per member, each priced from the serial offer's price table where it names the member and the line's catalogue
 * item, else as the content says (else the catalogue's price).
 *
 * @param content   the offer every member gets; its {@code counterpartyId} and {@code contactPersonId} are null
 * @param members   how many counterparties it is for
 * @param generated how many members have their offer
 * @param failed    how many members' offers could not be made (their row in the members' list says why)
 * @param sendJobId the mailbox send job that e-mails the offers, once sent
 */
public record SerialOffer(long id, String name, SerialOfferStatus status, OfferDraft content, int members,
        int generated, int failed, Long sendJobId, String createdBy, Instant createdAt, Instant updatedAt,
        long version) {
}
