package dev.relacja.offers.api;

import java.math.BigDecimal;

/**
 * One counterparty of a serial offer and what it got: its offer (null until generated, or when that failed, with
 * {@code error} saying why) and, once sent, how the send job dealt with it.
 *
 * @param offerLabel  the offer's number with its revision, or "#id" while a draft
 * @param gross       the offer's gross total
 * @param mail        the mailbox send job's outcome for this offer (PENDING, QUEUED, SKIPPED, FAILED; null until sent)
 * @param recipient   the address it went to
 * @param mailReason  why the job skipped it or failed
 * @param messageStatus the queued message's own status (QUEUED, SENT, FAILED, BOUNCED, …)
 */
public record SerialOfferMember(long counterpartyId, String counterpartyCode, String counterpartyName,
        Long offerId, String offerLabel, BigDecimal gross, String error, String mail, String recipient,
        String mailReason, String messageStatus) {
}
