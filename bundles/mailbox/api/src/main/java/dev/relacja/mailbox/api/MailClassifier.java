package dev.relacja.mailbox.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Lets a partner bundle sort incoming mail, e.g. open a service case (a procedure) for a support request and file
 * the message under it. Registered as a plain DS component; every classifier sees every message received into
 * Relacja's inbox (not quarantined ones), once it is stored, linked to its counterparty and threaded, in the JAAS
 * Subject of the account's {@code actAs} operator. The records it answers are linked to the message with an audit
 * entry naming the classifier. A classifier that fails is logged and skipped; the message stays as it is.
 */
@ConsumerType
public interface MailClassifier {

    /** What the message is about, beyond what the mailbox found itself; {@link Classification#NONE} for nothing. */
    Classification classify(MailMessage message) throws Exception;
}
