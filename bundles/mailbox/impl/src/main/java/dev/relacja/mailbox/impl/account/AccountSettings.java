package dev.relacja.mailbox.impl.account;

import dev.relacja.mailbox.api.MailAccount;
import dev.relacja.mailbox.api.MailAddress;
import dev.relacja.mailbox.api.MailSecurity;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * One account's configuration, checked: every problem is named with its key at once, and passwords stay here
 * (never in {@link #account()}, logs or errors).
 */
public record AccountSettings(String name, MailAddress from, String signature, Server imap, Server smtp,
        List<String> folders, String sentFolder, int pollSeconds, boolean idle, int sendsPerMinute, int retryHours,
        List<String> operators, String actAs, boolean replyTokens, String messageIdDomain, int timeoutSeconds) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,64}");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9.-]+");

    /** A server: host, port, security and credentials; {@code user} null for none. */
    public record Server(String host, int port, MailSecurity security, String user, String password) {
        @Override
        public String toString() {
            return host + ":" + port + " (" + security + (user == null ? "" : ", as " + user) + ")";
        }
    }

    public static AccountSettings of(AccountConfig c) {
        List<String> problems = new ArrayList<>();
        String name = strip(c.name());
        if (!NAME.matcher(name).matches()) {
            problems.add("name '" + name + "' must be 1 to 64 lower-case letters, digits or -");
        }
        MailAddress from = null;
        try {
            InternetAddress address = new InternetAddress(strip(c.address()), true);
            from = new MailAddress(address.getAddress(), strip(c.displayName()).isEmpty() ? null : strip(c.displayName()));
        } catch (AddressException e) {
            problems.add("address '" + strip(c.address()) + "' is not an e-mail address");
        }
        Server imap = null;
        if (!strip(c.imapHost()).isEmpty()) {
            String user = strip(c.imapUser()).isEmpty() ? (from == null ? null : from.address()) : strip(c.imapUser());
            imap = new Server(strip(c.imapHost()), port(c.imapPort(), c.imapSecurity(), 143, 143, 993, "imapPort", problems),
                    c.imapSecurity(), user, emptyToNull(c.imapPassword()));
        }
        Server smtp = null;
        if (!strip(c.smtpHost()).isEmpty()) {
            String password = emptyToNull(c.smtpPassword()) == null ? emptyToNull(c.imapPassword()) : c.smtpPassword();
            String user = strip(c.smtpUser()).isEmpty() ? (imap == null ? (from == null ? null : from.address()) : imap.user())
                    : strip(c.smtpUser());
            smtp = new Server(strip(c.smtpHost()), port(c.smtpPort(), c.smtpSecurity(), 25, 587, 465, "smtpPort", problems),
                    c.smtpSecurity(), password == null ? null : user, password);
        }
        if (imap == null && smtp == null) {
            problems.add("neither imapHost nor smtpHost is set: the account can do nothing");
        }
        List<String> folders = Arrays.stream(c.folders() == null ? new String[0] : c.folders())
                .map(AccountSettings::strip).filter(f -> !f.isEmpty()).distinct().toList();
        if (imap != null && folders.isEmpty()) {
            problems.add("folders must name at least one IMAP folder");
        }
        check(c.pollSeconds(), 5, 86_400, "pollSeconds", problems);
        check(c.sendsPerMinute(), 0, 100_000, "sendsPerMinute", problems);
        check(c.retryHours(), 1, 720, "retryHours", problems);
        check(c.timeoutSeconds(), 1, 600, "timeoutSeconds", problems);
        String domain = strip(c.messageIdDomain()).isEmpty() && from != null
                ? from.address().substring(from.address().lastIndexOf('@') + 1) : strip(c.messageIdDomain());
        if (!DOMAIN.matcher(domain).matches()) {
            problems.add("messageIdDomain '" + domain + "' is not a domain name");
        }
        if (strip(c.actAs()).isEmpty()) {
            problems.add("actAs must name an operator");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(AccountConfig.PID + " '" + name + "': " + String.join("; ", problems));
        }
        List<String> operators = Arrays.stream(c.operators() == null ? new String[0] : c.operators())
                .map(AccountSettings::strip).filter(o -> !o.isEmpty()).distinct().toList();
        return new AccountSettings(name, from, c.signature() == null ? "" : c.signature().replace("\\n", "\n"), imap, smtp,
                folders, strip(c.sentFolder()), c.pollSeconds(), c.idle() && imap != null, c.sendsPerMinute(), c.retryHours(), operators,
                strip(c.actAs()), c.replyTokens(), domain, c.timeoutSeconds());
    }

    /** The account as people may see it: no passwords. */
    public MailAccount account() {
        return new MailAccount(name, from.address(), from.name(), imap == null ? "" : imap.host(), imap == null ? 0 : imap.port(),
                imap == null ? null : imap.security(), imap == null ? null : imap.user(), smtp == null ? "" : smtp.host(),
                smtp == null ? 0 : smtp.port(), smtp == null ? null : smtp.security(), smtp == null ? null : smtp.user(),
                imap == null ? List.of() : folders, imap == null ? "" : sentFolder, pollSeconds, sendsPerMinute, operators,
                signature);
    }

    /** Whether an operator may use the account (admins always may; the caller checks that). */
    public boolean open(String login) {
        return operators.isEmpty() || operators.contains(login);
    }

    /** The Reply-To of sent mail with {@code {token}} for the reply token, or null when tokens are off or nothing receives. */
    public String replyAddress() {
        if (!replyTokens || imap == null) {
            return null;
        }
        String address = from.address();
        int at = address.lastIndexOf('@');
        return address.substring(0, at) + "+{token}" + address.substring(at);
    }

    public boolean keepsSentCopies() {
        return imap != null && !sentFolder.isEmpty();
    }

    /** Jakarta Mail properties for the IMAP store: timeouts, TLS with host checks, and peeking (nothing marked SEEN). */
    public Properties imapProperties() {
        String protocol = imapProtocol();
        Properties p = timeouts(protocol);
        p.setProperty("mail." + protocol + ".peek", "true");
        p.setProperty("mail." + protocol + ".fetchsize", "1048576");
        security(p, protocol, imap.security());
        return p;
    }

    public String imapProtocol() {
        return imap.security() == MailSecurity.TLS ? "imaps" : "imap";
    }

    /** Jakarta Mail properties for SMTP: timeouts, TLS with host checks, AUTH when there is a password. */
    public Properties smtpProperties() {
        String protocol = smtpProtocol();
        Properties p = timeouts(protocol);
        p.setProperty("mail." + protocol + ".auth", Boolean.toString(smtp.password() != null));
        security(p, protocol, smtp.security());
        return p;
    }

    public String smtpProtocol() {
        return smtp.security() == MailSecurity.TLS ? "smtps" : "smtp";
    }

    private Properties timeouts(String protocol) {
        Properties p = new Properties();
        String millis = Long.toString(timeoutSeconds * 1000L);
        p.setProperty("mail." + protocol + ".connectiontimeout", millis);
        p.setProperty("mail." + protocol + ".timeout", millis);
        p.setProperty("mail." + protocol + ".writetimeout", millis);
        return p;
    }

    private static void security(Properties p, String protocol, MailSecurity security) {
        // objects, not strings: Jakarta Mail takes a factory instance under these keys
        if (security == MailSecurity.TLS) {
            p.put("mail." + protocol + ".ssl.socketFactory", new NoDelaySockets.Tls());
        } else {
            p.put("mail." + protocol + ".socketFactory", new NoDelaySockets.Plain());
        }
        if (security == MailSecurity.STARTTLS) {
            p.setProperty("mail." + protocol + ".starttls.enable", "true");
            p.setProperty("mail." + protocol + ".starttls.required", "true");
        }
        if (security != MailSecurity.NONE) {
            p.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
    }

    private static int port(int configured, MailSecurity security, int plain, int starttls, int tls, String key,
            List<String> problems) {
        if (configured < 0 || configured > 65_535) {
            problems.add(key + " must be 0 to 65535, not " + configured);
            return configured;
        }
        if (configured > 0) {
            return configured;
        }
        return switch (security) {
            case NONE -> plain;
            case STARTTLS -> starttls;
            case TLS -> tls;
        };
    }

    private static void check(int value, int min, int max, String key, List<String> problems) {
        if (value < min || value > max) {
            problems.add(key + " must be " + min + " to " + max + ", not " + value);
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    public String toString() {
        return "account " + name + " <" + (from == null ? "?" : from.address()) + "> imap " + imap + ", smtp " + smtp;
    }
}
