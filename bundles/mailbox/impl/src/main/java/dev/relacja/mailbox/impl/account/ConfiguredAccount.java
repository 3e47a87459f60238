package dev.relacja.mailbox.impl.account;

import dev.relacja.mailbox.api.FetchReport;

/** An account whose configuration is active: what the mailbox service lists and asks to receive now. */
public interface ConfiguredAccount {

    AccountSettings settings();

    /** Receives the account's folders now, as its operator. */
    FetchReport fetch() throws Exception;
}
