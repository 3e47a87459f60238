/**
 * Company mailboxes: the accounts configured for Relacja, messages received over IMAP and sent through the outbox,
 * each linked to its counterparty, its thread and the records it is about; message templates
 * ({@link dev.relacja.mailbox.api.MailTemplateService}) compose messages about a record, and send jobs
 * ({@link dev.relacja.mailbox.api.SendJobService}) send one template about many records, each with its printout.
 */
@Export
@Version("1.3.0")
package dev.relacja.mailbox.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
