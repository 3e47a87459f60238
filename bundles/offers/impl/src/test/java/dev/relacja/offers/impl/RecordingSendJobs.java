package dev.relacja.offers.impl;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.Page;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordSetProvider;
import dev.relacja.mailbox.api.SendItemStatus;
import dev.relacja.mailbox.api.SendJob;
import dev.relacja.mailbox.api.SendJobItem;
import dev.relacja.mailbox.api.SendJobRequest;
import dev.relacja.mailbox.api.SendJobService;
import dev.relacja.mailbox.api.SendJobStatus;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The mailbox's send jobs as the offers see them, in memory: a job is refused for an account other than
 * {@code biuro} or a template other than {@code offer} (as the mailbox names the field), else recorded with the
 * records its group held when it was created, each QUEUED to {@code <record id>@customers.test}.
 */
public final class RecordingSendJobs {
    public final List<SendJobRequest> requests = new CopyOnWriteArrayList<>();
    /** By job id: the offer ids the job was to send. */
    public final Map<Long, List<Long>> records = new ConcurrentHashMap<>();
    private final Supplier<RecordSetProvider> groups;

    public final SendJobService jobs = (SendJobService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {SendJobService.class}, (proxy, method, args) -> switch (method.getName()) {
                case "create" -> create((SendJobRequest) args[0]);
                case "items" -> items((Long) args[0], (PageRequest) args[1]);
                default -> throw new UnsupportedOperationException("not in offer tests: " + method.getName());
            });

    /** {@code groups} lists a {@code serial-offer:<id>} group's records. */
    public RecordingSendJobs(Supplier<RecordSetProvider> groups) {
        this.groups = groups;
    }

    private SendJob create(SendJobRequest request) {
        if (request.account() != null && !request.account().equals("biuro")) {
            throw new ValidationException("account", "you may not send from a mail account '" + request.account() + "'");
        }
        if (!"offer".equals(request.template())) {
            throw new ValidationException("template", "there is no mail template '" + request.template() + "'");
        }
        long groupId = Long.parseLong(request.recordsOf().substring("serial-offer:".length()));
        List<Long> ids = groups.get().members(groupId).orElseThrow().stream().map(RecordRef::id).toList();
        long id = requests.size() + 1L;
        requests.add(request);
        records.put(id, ids);
        return new SendJob(id, request.name(), "biuro", request.template(), "pl", request.recordType(),
                SendJobStatus.RUNNING, request.resend(), ids.size(), ids.size(), 0, 0, 0, 0, 0, "anna", Instant.EPOCH,
                null, 1);
    }

    private Page<SendJobItem> items(long jobId, PageRequest page) {
        List<Long> ids = records.get(jobId);
        if (ids == null) {
            throw new NotFoundException("Send job", jobId);
        }
        List<SendJobItem> items = ids.stream().skip(page.offset()).limit(page.size()).map(id -> new SendJobItem(id, id,
                null, id + "@customers.test", SendItemStatus.QUEUED, null, id, null)).toList();
        return new Page<>(items, page.page(), page.size(), ids.size());
    }
}
