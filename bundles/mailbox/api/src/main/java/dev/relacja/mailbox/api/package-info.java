/**
 * Company mailboxes: the accounts configured for Relacja, messages received over IMAP and sent through the outbox,
 * each linked to its counterparty, its thread and the records it is about.
 */
@Export
@Version("1.0.0")
package dev.relacja.mailbox.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
