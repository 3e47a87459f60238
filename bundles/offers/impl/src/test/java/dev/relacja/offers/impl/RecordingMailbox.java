package dev.relacja.offers.impl;

import dev.relacja.core.api.records.RecordRef;
import dev.relacja.mailbox.api.ComposeRequest;
import dev.relacja.mailbox.api.ComposedMail;
import dev.relacja.mailbox.api.MailFolder;
import dev.relacja.mailbox.api.MailMessage;
import dev.relacja.mailbox.api.MailStatus;
import dev.relacja.mailbox.api.MailTemplateService;
import dev.relacja.mailbox.api.MailboxService;
import dev.relacja.mailbox.api.OutgoingMail;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The mailbox as the offers see it, in memory: it records what is put into the outbox (or refuses it with
 * {@link #refusal}), knows the received messages the caller may see, and composes from "templates" by echoing the
 * request, so tests see which way a message was made.
 */
public final class RecordingMailbox {
    public final List<OutgoingMail> queued = new CopyOnWriteArrayList<>();
    public final List<ComposeRequest> composed = new CopyOnWriteArrayList<>();
    public final Set<Long> visible = ConcurrentHashMap.newKeySet();
    /** Thrown by the next sends instead of queueing, e.g. the mailbox's ValidationException for a bad account. */
    public volatile RuntimeException refusal;

    public final MailboxService mailbox = (MailboxService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {MailboxService.class}, (proxy, method, args) -> switch (method.getName()) {
                case "send" -> queue((OutgoingMail) args[0]);
                case "find" -> visible.contains((Long) args[0]) ? Optional.of(received((Long) args[0]))
                        : Optional.empty();
                default -> throw new UnsupportedOperationException("not in offer tests: " + method.getName());
            });

    public final MailTemplateService templates = (MailTemplateService) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {MailTemplateService.class}, (proxy, method, args) -> {
                if (!method.getName().equals("compose")) {
                    throw new UnsupportedOperationException("not in offer tests: " + method.getName());
                }
                ComposeRequest request = (ComposeRequest) args[0];
                composed.add(request);
                return new ComposedMail("template " + request.template() + " about offer " + request.recordId(),
                        "in " + request.language(), null);
            });

    private MailMessage queue(OutgoingMail mail) {
        if (refusal != null) {
            throw refusal;
        }
        queued.add(mail);
        return null;
    }

    private static MailMessage received(long id) {
        return new MailMessage(id, "biuro", MailFolder.INBOX, MailStatus.RECEIVED, "<" + id + "@acme.test>", id,
                null, List.of(), List.of(), null, "Re: oferta", Instant.EPOCH, "Akceptujemy", null, List.of(), null,
                null, List.<RecordRef>of(), 0, null, null, null);
    }
}
