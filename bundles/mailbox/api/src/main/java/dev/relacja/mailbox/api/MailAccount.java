package dev.relacja.mailbox.api;

import java.util.List;

/**
 * A company mailbox as configured by an admin, without its passwords.
 *
 * @param name             the account's key, e.g. {@code biuro}
 * @param imapHost         empty when the account only sends
 * @param folders          the IMAP folders received into Relacja's inbox
 * @param sentFolder       the IMAP folder a copy of each sent message is appended to; empty: none
 * @param pollSeconds      how often the folders are checked
 * @param sendsPerMinute   the provider's limit the outbox keeps to; 0: no limit
 * @param operators        who may use it besides admins; empty: every operator
 */
public record MailAccount(String name, String address, String displayName, String imapHost, int imapPort,
        MailSecurity imapSecurity, String imapUser, String smtpHost, int smtpPort, MailSecurity smtpSecurity,
        String smtpUser, List<String> folders, String sentFolder, int pollSeconds, int sendsPerMinute,
        List<String> operators, String signature) {
    public MailAccount {
        folders = List.copyOf(folders);
        operators = List.copyOf(operators);
    }
}
