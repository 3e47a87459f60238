package dev.relacja.mailbox.impl.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.contacts.impl.card.ContactsTemplates;
import dev.relacja.contacts.impl.card.CounterpartyCard;
import dev.relacja.contacts.impl.card.CounterpartyModelProvider;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.paging.PageRequest;
import dev.relacja.core.api.records.RecordRef;
import dev.relacja.core.api.records.RecordSetProvider;
import dev.relacja.core.api.security.Role;
import dev.relacja.core.impl.company.JpaCompanyProfileService;
import dev.relacja.documents.api.Printout;
import dev.relacja.documents.api.PrintoutProvider;
import dev.relacja.documents.api.TemplateModelProvider;
import dev.relacja.documents.impl.DocumentRendererImpl;
import dev.relacja.documents.impl.DocumentRenderers;
import dev.relacja.mailbox.api.MailMessage;
import dev.relacja.mailbox.api.MailTemplateDraft;
import dev.relacja.mailbox.api.MailTemplateText;
import dev.relacja.mailbox.api.SendItemStatus;
import dev.relacja.mailbox.api.SendJob;
import dev.relacja.mailbox.api.SendJobItem;
import dev.relacja.mailbox.api.SendJobRequest;
import dev.relacja.mailbox.api.SendJobStatus;
import dev.relacja.mailbox.impl.FixedAccount;
import dev.relacja.mailbox.impl.MailboxFixture;
import dev.relacja.mailbox.impl.persistence.SendJobStore;
import dev.relacja.mailbox.impl.persistence.TemplateStore;
import dev.relacja.mailbox.impl.templates.MailTemplateServiceImpl;
import dev.relacja.mailbox.impl.templates.StoredTemplateProvider;
import dev.relacja.mailbox.impl.templates.TemplateModels;
import dev.relacja.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serial send jobs over the real outbox, template engine, contacts module and file store: one message per
 * record with its printout (the real counterparty card), skips by rule, failures alone, no record twice.
 */
class SendJobsTest {
    @TempDir
    Path data;
    private MailboxFixture f;
    private DocumentRendererImpl renderer;
    private SendJobStore store;
    private SendJobServiceImpl jobs;
    private SendJobWorker worker;
    private final List<RecordRef> mailingList = new ArrayList<>();

    @BeforeEach
    void start() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
        f = new MailboxFixture(data, clock);
        f.mailbox.addAccount(new FixedAccount(MailboxFixture.account("biuro", "biuro@firma.pl", 0, 2525, Map.of()), f));
        renderer = DocumentRenderers.create();
        var mailJpa = f.db.jpa("relacja-mailbox");
        TemplateStore templateStore = TemplateStore.over(mailJpa, clock);
        StoredTemplateProvider provider = new StoredTemplateProvider(templateStore);
        DocumentRenderers.register(renderer, provider, 0, "mail/templates/*");
        var company = new JpaCompanyProfileService(f.db.jpa("relacja-core"), f.callers, (m, e, p) -> { }, null);
        CounterpartyCard card = new CounterpartyCard(f.counterparties, f.operators, company, f.callers, renderer);
        DocumentRenderers.register(renderer, new ContactsTemplates(), -1,
                "contacts/counterparty-card.fo.ftl");
        TemplateModels models = new TemplateModels();
        models.addProvider(new CounterpartyModelProvider(f.counterparties, card),
                Map.of(TemplateModelProvider.RECORD_TYPE, "counterparty"));
        Printouts printouts = new Printouts();
        PrintoutProvider cards = id -> f.counterparties.find(id)
                .map(c -> new Printout("karta-" + c.code() + ".pdf", card.pdf(id), id, "counterparty", id));
        printouts.addProvider(cards, Map.of(PrintoutProvider.RECORD_TYPE, "counterparty"));
        MailTemplateServiceImpl templates = new MailTemplateServiceImpl(f.callers, templateStore, provider, models,
                renderer, f.operators, f.counterparties, f.mailbox, company, clock);
        store = SendJobStore.over(mailJpa, clock);
        RecordSets recordSets = new RecordSets();
        // a group of counterparties, as a module would list the records of one of its documents
        RecordSetProvider mailingLists = id -> id == 1 ? Optional.of(mailingList) : Optional.empty();
        recordSets.addProvider(mailingLists, Map.of(RecordSetProvider.TYPE, "mailing-list"));
        jobs = new SendJobServiceImpl(f.callers, store, templates, f.mailbox, printouts, recordSets);
        worker = new SendJobWorker(store, mailJpa, printouts, f.counterparties, templates, f.mailbox, f.files);
        f.as("admin");
        templates.save("letter", new MailTemplateDraft("Karta", "counterparty", Map.of("pl",
                new MailTemplateText("Karta ${counterparty.code}", "Dzień dobry, karta ${counterparty.name} w załączniku.",
                        null))), null);
    }

    @AfterEach
    void stop() {
        DocumentRenderers.shutdown(renderer);
        f.close();
    }

    @Test
    void eachRecordGoesOnceToItsCounterpartyWithItsPrintoutAndTheRestIsReportedWithReasons() {
        long billing = counterparty("ALFA", List.of("biuro@alfa.pl"), "faktury@alfa.pl", true);
        long noAddress = counterparty("BETA", List.of(), null, true);
        long noConsent = counterparty("GAMMA", List.of("gamma@gamma.pl"), null, false);
        long plain = counterparty("DELTA", List.of("delta@delta.pl"), null, true);

        SendJob job = jobs.create(new SendJobRequest(null, null, "letter", null, null,
                List.of(billing, noAddress, noConsent, plain, 999_999L), false, null));
        assertEquals(SendJobStatus.RUNNING, job.status());
        assertEquals(5, job.pending());

        assertEquals(5, worker.work(running(job.id()), 50, () -> true));

        List<SendJobItem> items = jobs.items(job.id(), new PageRequest(0, 10)).items();
        assertEquals(List.of(SendItemStatus.QUEUED, SendItemStatus.SKIPPED, SendItemStatus.SKIPPED, SendItemStatus.QUEUED,
                SendItemStatus.FAILED), items.stream().map(SendJobItem::status).toList());
        assertEquals("faktury@alfa.pl", items.get(0).recipient(), "the billing address first");
        assertEquals("BETA has no e-mail address", items.get(1).reason());
        assertEquals("GAMMA has not consented to e-mail", items.get(2).reason());
        assertTrue(items.get(4).reason().contains("999999"), items.get(4).reason());
        MailMessage first = f.mailbox.find(items.get(0).messageId()).orElseThrow();
        assertEquals("Karta ALFA", first.subject());
        assertEquals("karta-ALFA.pdf", first.attachments().get(0).filename());
        assertTrue(first.records().contains(new RecordRef("counterparty", billing)), first.records().toString());
        assertEquals(1, f.files.filesOf(new RecordRef("counterparty", billing)).size(), "the sent printout is kept");

        assertEquals(0, worker.work(running(job.id()), 50, () -> true));
        SendJob done = jobs.find(job.id()).orElseThrow();
        assertEquals(SendJobStatus.DONE, done.status());
        assertEquals(List.of(5, 0, 2, 2, 1), List.of(done.total(), done.pending(), done.queued(), done.skipped(),
                done.failed()));

        SendJob again = jobs.create(new SendJobRequest("again", "biuro", "letter", "pl", "counterparty",
                List.of(billing, plain), false, null));
        worker.work(running(again.id()), 50, () -> true);
        assertEquals(List.of("sent to faktury@alfa.pl by an earlier job", "sent to delta@delta.pl by an earlier job"),
                jobs.items(again.id(), new PageRequest(0, 10)).items().stream().map(SendJobItem::reason).toList());
        SendJob resent = jobs.create(new SendJobRequest("resend", "biuro", "letter", "pl", "counterparty",
                List.of(billing), true, null));
        worker.work(running(resent.id()), 50, () -> true);
        assertEquals(SendItemStatus.QUEUED, jobs.items(resent.id(), new PageRequest(0, 10)).items().get(0).status());
    }

    @Test
    void aJobMayNameAGroupOfRecordsWholeAndTakesItsRecordsOfTheTemplatesType() {
        long alfa = counterparty("ALFA", List.of("biuro@alfa.pl"), null, true);
        long beta = counterparty("BETA", List.of("biuro@beta.pl"), null, true);
        mailingList.addAll(List.of(new RecordRef("counterparty", alfa), new RecordRef("invoice", 7),
                new RecordRef("counterparty", beta)));

        SendJob job = jobs.create(new SendJobRequest(null, "biuro", "letter", null, null, null, false, "mailing-list:1"));

        assertEquals(2, job.total());
        assertEquals("Karta — mailing-list:1 (2)", job.name());
        worker.work(running(job.id()), 50, () -> true);
        assertEquals(List.of("biuro@alfa.pl", "biuro@beta.pl"), jobs.items(job.id(), new PageRequest(0, 10)).items()
                .stream().map(SendJobItem::recipient).toList());
        for (String[] bad : new String[][] {{"mailing-list:2", "there is no mailing-list 2"},
            {"offers:1", "no installed module lists groups of type 'offers'; known: mailing-list"},
            {"mailing list", "recordsOf names a group of records as <type>:<id>"}}) {
            ValidationException e = assertThrows(ValidationException.class, () -> jobs.create(new SendJobRequest(null,
                    "biuro", "letter", null, null, null, false, bad[0])));
            assertEquals("recordsOf", e.errors().get(0).field());
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
        ValidationException both = assertThrows(ValidationException.class, () -> jobs.create(new SendJobRequest(null,
                "biuro", "letter", null, null, List.of(alfa), false, "mailing-list:1")));
        assertTrue(both.getMessage().contains("give recordIds or recordsOf, not both"), both.getMessage());
    }

    @Test
    void aPausedJobWaitsAndOnlyItsAuthorOrAnAdminControlsIt() {
        long plain = counterparty("DELTA", List.of("delta@delta.pl"), null, true);
        f.operator(2, "ola", Role.OPERATOR);
        f.operator(3, "ewa", Role.OPERATOR);
        f.as("ola");
        SendJob job = jobs.create(new SendJobRequest(null, "biuro", "letter", null, null, List.of(plain), false, null));

        assertEquals(SendJobStatus.PAUSED, jobs.pause(job.id()).status());
        assertTrue(store.running().isEmpty());
        f.as("ewa");
        assertThrows(AccessDeniedException.class, () -> jobs.resume(job.id()));
        f.as("admin");
        assertEquals(SendJobStatus.RUNNING, jobs.resume(job.id()).status());
        f.as("ola");
        worker.work(running(job.id()), 50, () -> true);
        worker.work(running(job.id()), 50, () -> true);
        assertEquals(SendJobStatus.DONE, jobs.find(job.id()).orElseThrow().status());
        assertThrows(ConflictException.class, () -> jobs.pause(job.id()));
    }

    @Test
    void aBadJobIsRefusedNamingEveryField() {
        ValidationException e = assertThrows(ValidationException.class, () -> jobs.create(new SendJobRequest(null,
                "nieznane", "nothing", "de", "invoice", List.of(1L, 2L, 1L), false, null)));
        assertEquals(List.of("account", "recordIds", "recordType", "template"),
                e.errors().stream().map(FieldError::field).sorted().toList());
        ValidationException empty = assertThrows(ValidationException.class, () -> jobs.create(new SendJobRequest(null,
                null, "letter", "en", null, List.of(), false, null)));
        assertEquals(List.of("language", "recordIds"), empty.errors().stream().map(FieldError::field).sorted().toList());
        f.operator(4, "widz", Role.VIEWER);
        f.as("widz");
        assertThrows(AccessDeniedException.class, () -> jobs.create(new SendJobRequest(null, null, "letter", null, null,
                List.of(1L), false, null)));
    }

    private SendJobStore.JobSpec running(long id) {
        return store.running().stream().filter(j -> j.id() == id).findFirst().orElseThrow();
    }

    private long counterparty(String code, List<String> emails, String billingEmail, boolean consent) {
        Counterparty created = f.counterparties.create(new CounterpartyDraft(code, code + " Sp. z o.o.",
                CounterpartyKind.PERSON, null, null, null, emails, List.of(), billingEmail, null, null, consent,
                List.of(), null, null));
        return created.id();
    }
}
