package dev.relacja.mailbox.alerts;

import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotAuthenticatedException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.mailbox.api.MailboxService;
import dev.relacja.mailbox.api.OutgoingMail;
import dev.relacja.scheduling.api.Alert;
import dev.relacja.scheduling.api.AlertChannel;
import dev.relacja.scheduling.api.UndeliverableAlertException;
import dev.relacja.tasks.api.TaskService;
import java.security.PrivilegedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@value AlertChannel#EMAIL} alert channel through a company mailbox: each alert becomes one outbox message from
 * the configured account to the operator's address, about the alert's activity or task, sent (with retries, the
 * account's throttle, a copy in its Sent folders) by the outbox. Queued with the alert's key, so a repeated delivery
 * after a crash finds the message queued the first time and the Message-ID is {@code <key@domain>} as with the
 * calendar's own channel. At the default ranking it outranks that channel (-1); without its configuration it is
 * not registered and the calendar's channel delivers.
 */
@Component(configurationPid = AlertMailConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = AlertChannel.CHANNEL + "=" + AlertChannel.EMAIL)
@Designate(ocd = AlertMailConfig.class)
public class MailboxAlertChannel implements AlertChannel {
    private static final Logger LOG = LoggerFactory.getLogger(MailboxAlertChannel.class);
    private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9-]{1,64}");

    private final MailboxService mailbox;
    private final OperatorService operators;
    private final String account;
    private final Subject sender;

    @Activate
    public MailboxAlertChannel(@Reference MailboxService mailbox, @Reference OperatorService operators,
            AlertMailConfig config) {
        this.mailbox = mailbox;
        this.operators = operators;
        List<String> problems = new ArrayList<>();
        account = config.account() == null ? "" : config.account().strip();
        if (!ACCOUNT.matcher(account).matches()) {
            problems.add("account must name a mail account (lower-case letters, digits and -), not '" + account + "'");
        }
        String sendAs = config.sendAs() == null ? "" : config.sendAs().strip();
        if (sendAs.isEmpty()) {
            problems.add("sendAs must name an operator");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(AlertMailConfig.PID + ": " + String.join("; ", problems));
        }
        sender = new Subject(true, Set.of(new UserPrincipal(sendAs)), Set.of(), Set.of());
        LOG.info("E-mail alerts go out from mail account {} as {}", account, sendAs);
    }

    @Override
    public void deliver(Alert alert) throws Exception {
        Operator operator = recipient(alert);
        OutgoingMail mail = new OutgoingMail(account, List.of(operator.email().strip()), List.of(), List.of(),
                alert.subject(operator.timeZone()), alert.text(operator.timeZone()), null, List.of(),
                List.of(new RecordRef(TaskService.RECORD_TYPE, alert.itemId())));
        try {
            sendAsSender(mail, alert.key());
        } catch (ValidationException e) {
            // an account that is missing or cannot send may be fixed by an admin: worth another attempt
            if (e.errors().stream().map(FieldError::field).allMatch("account"::equals)) {
                throw e;
            }
            throw new UndeliverableAlertException("the alert for " + operator.username() + " cannot be sent: "
                    + e.getMessage());
        }
    }

    /** Looked up as the alert's operator (the engine's Subject): one who can no longer sign in gets no mail. */
    private Operator recipient(Alert alert) throws UndeliverableAlertException {
        Operator operator;
        try {
            operator = operators.find(alert.operatorId()).orElseThrow(
                    () -> new UndeliverableAlertException("operator " + alert.operator() + " no longer exists"));
        } catch (NotAuthenticatedException | AccessDeniedException e) {
            throw new UndeliverableAlertException("operator " + alert.operator() + " can no longer sign in");
        }
        if (operator.email() == null || operator.email().isBlank()) {
            throw new UndeliverableAlertException("operator " + operator.username() + " has no e-mail address");
        }
        return operator;
    }

    @SuppressWarnings("removal")
    private void sendAsSender(OutgoingMail mail, String key) {
        Subject.doAs(sender, (PrivilegedAction<Void>) () -> {
            mailbox.sendOnce(key, mail);
            return null;
        });
    }
}
