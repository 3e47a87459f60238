package dev.relacja.mailbox.impl.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.relacja.contacts.api.ContactPersonDraft;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyDraft;
import dev.relacja.contacts.api.CounterpartyKind;
import dev.relacja.contacts.impl.card.CounterpartyCard;
import dev.relacja.contacts.impl.card.CounterpartyModelProvider;
import dev.relacja.core.api.error.AccessDeniedException;
import dev.relacja.core.api.error.ConflictException;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Role;
import dev.relacja.core.impl.company.JpaCompanyProfileService;
import dev.relacja.documents.api.TemplateModelProvider;
import dev.relacja.documents.impl.DocumentRendererImpl;
import dev.relacja.documents.impl.DocumentRenderers;
import dev.relacja.mailbox.api.ComposeRequest;
import dev.relacja.mailbox.api.ComposedMail;
import dev.relacja.mailbox.api.MailTemplate;
import dev.relacja.mailbox.api.MailTemplateDraft;
import dev.relacja.mailbox.api.MailTemplateText;
import dev.relacja.mailbox.impl.FixedAccount;
import dev.relacja.mailbox.impl.MailboxFixture;
import dev.relacja.mailbox.impl.persistence.TemplateStore;
import dev.relacja.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Message templates in the real template engine, over the real contacts module: what admins may save, previews
 * against a real counterparty, and errors that name the part and the line.
 */
class MailTemplatesTest {
    @TempDir
    Path data;
    private MailboxFixture f;
    private DocumentRendererImpl renderer;
    private MailTemplateServiceImpl templates;
    private Counterparty acme;

    @BeforeEach
    void start() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
        f = new MailboxFixture(data, clock);
        f.mailbox.addAccount(new FixedAccount(MailboxFixture.account("biuro", "biuro@firma.pl", 0, 2525,
                Map.of("displayName", "Biuro Firmy")), f));
        renderer = DocumentRenderers.create();
        TemplateStore store = TemplateStore.over(f.db.jpa("relacja-mailbox"), clock);
        StoredTemplateProvider provider = new StoredTemplateProvider(store);
        DocumentRenderers.register(renderer, provider, 0, "mail/templates/*");
        var company = new JpaCompanyProfileService(f.db.jpa("relacja-core"), f.callers, (m, e, p) -> { }, null);
        TemplateModels models = new TemplateModels();
        models.addProvider(new CounterpartyModelProvider(f.counterparties,
                new CounterpartyCard(f.counterparties, f.operators, company, f.callers, renderer)),
                Map.of(TemplateModelProvider.RECORD_TYPE, "counterparty", "service.ranking", -1, "service.id", 7L));
        templates = new MailTemplateServiceImpl(f.callers, store, provider, models, renderer, f.operators,
                f.counterparties, f.mailbox, company, clock);
        templates.installBuiltIns();
        f.as("admin");
        acme = f.counterparties.create(new CounterpartyDraft("ACME", "Acme & <Synowie>", CounterpartyKind.COMPANY,
                "5261040828", null, null, List.of("biuro@acme.pl"), List.of(), null, null, null, true, List.of(), 1L,
                null));
        f.counterparties.addContactPerson(acme.id(), new ContactPersonDraft("Jan Nowak", null, List.of("jan@acme.pl"),
                List.of(), true));
    }

    @AfterEach
    void stop() {
        DocumentRenderers.shutdown(renderer);
        f.close();
    }

    @Test
    void builtInTemplatesAreInstalledOnceInBothLanguagesAndAnEditSurvivesTheNextStart() {
        List<MailTemplate> all = templates.list();
        assertEquals(List.of("balance-confirmation", "invoice", "offer", "payment-reminder"),
                all.stream().map(MailTemplate::code).toList());
        all.forEach(t -> {
            assertTrue(t.builtIn(), t.code());
            assertEquals(List.of("en", "pl"), List.copyOf(t.texts().keySet()), t.code());
        });
        MailTemplate invoice = templates.find("invoice").orElseThrow();
        assertEquals("invoice", invoice.recordType());

        MailTemplate edited = templates.save("invoice", new MailTemplateDraft(invoice.name(), "counterparty",
                Map.of("pl", new MailTemplateText("Nasza faktura", "Treść", null))), invoice.version());
        templates.installBuiltIns();

        MailTemplate after = templates.find("invoice").orElseThrow();
        assertEquals(edited.version(), after.version());
        assertEquals("Nasza faktura", after.texts().get("pl").subject());
        ConflictException builtIn = assertThrows(ConflictException.class, () -> templates.delete("invoice"));
        assertTrue(builtIn.getMessage().contains("built in"), builtIn.getMessage());
    }

    @Test
    void aPreviewAgainstARealCounterpartyFillsItsPlaceholdersTheContactAndTheSender() {
        templates.save("welcome", new MailTemplateDraft("Powitanie", "counterparty", Map.of(
                "pl", new MailTemplateText("Witamy,\n ${counterparty.name}!",
                        "Dzień dobry ${contact.name},\nkod ${counterparty.code}, opiekun: ${owner!}\n${operator.name} "
                                + "<${account.fromAddress}> ${today}",
                        "<p>${counterparty.name}</p>"),
                "en", new MailTemplateText("Welcome ${counterparty.name}", "Hello", null))), null);

        ComposedMail pl = templates.compose(new ComposeRequest("welcome", null, acme.id(), "biuro", "JAN@acme.pl"));

        assertEquals("Witamy, Acme & <Synowie>!", pl.subject(), "one line, nothing escaped in plain text");
        assertEquals("Dzień dobry Jan Nowak,\nkod ACME, opiekun: ADMIN\nADMIN <biuro@firma.pl> 27.11.2026", pl.text());
        assertEquals("<p>Acme &amp; &lt;Synowie&gt;</p>", pl.html(), "values are escaped in HTML");
        ComposedMail en = templates.compose(new ComposeRequest("welcome", "en", acme.id(), null, null));
        assertEquals("Welcome Acme & <Synowie>", en.subject());
        assertNull(en.html());
    }

    @Test
    void anUnknownPlaceholderIsNamedWithItsPartAndLine() {
        templates.save("typo", new MailTemplateDraft("Literówka", "counterparty", Map.of("pl",
                new MailTemplateText("Temat", "Dzień dobry,\nfirma ${counterparty.nazwa}", null))), null);

        ValidationException e = assertThrows(ValidationException.class,
                () -> templates.compose(new ComposeRequest("typo", "pl", acme.id(), null, null)));

        FieldError error = e.errors().get(0);
        assertEquals("texts.pl.text", error.field());
        assertTrue(error.message().contains("line 2") && error.message().contains("counterparty.nazwa"), error.message());
        assertFalse(error.message().contains("mail/templates/"), error.message());
    }

    @Test
    void everyBadFieldIsRefusedAtOnceAndASyntaxErrorWithItsLine() {
        ValidationException fields = assertThrows(ValidationException.class, () -> templates.save("Zła Nazwa",
                new MailTemplateDraft(" ", "offer", Map.of("de", new MailTemplateText("Betreff", "Text", null),
                        "pl", new MailTemplateText("", "treść", null))), null));
        assertEquals(List.of("code", "name", "recordType", "texts.de", "texts.pl.subject"),
                fields.errors().stream().map(FieldError::field).sorted().toList());

        ValidationException syntax = assertThrows(ValidationException.class, () -> templates.save("broken",
                new MailTemplateDraft("Zepsuty", null, Map.of("pl", new MailTemplateText("Temat",
                        "pierwsza\n<#if counterparty.name>niezamknięty", "<p>${x</p>"))), null));
        Map<String, String> errors = syntax.errors().stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message));
        assertEquals(List.of("texts.pl.html", "texts.pl.text"), errors.keySet().stream().sorted().toList());
        assertTrue(errors.get("texts.pl.text").contains("line 2"), errors.get("texts.pl.text"));
        assertTrue(templates.find("broken").isEmpty(), "nothing is stored");
    }

    @Test
    void anEditIsUsedAtOnceAndAStaleOneIsRefused() {
        MailTemplate first = templates.save("note", new MailTemplateDraft("Notka", null,
                Map.of("pl", new MailTemplateText("Pierwszy", "a", null))), null);
        assertEquals("Pierwszy", templates.compose(new ComposeRequest("note", "pl", null, null, null)).subject());

        templates.save("note", new MailTemplateDraft("Notka", null,
                Map.of("pl", new MailTemplateText("Drugi", "a", null))), first.version());

        assertEquals("Drugi", templates.compose(new ComposeRequest("note", "pl", null, null, null)).subject());
        assertThrows(StaleVersionException.class, () -> templates.save("note", new MailTemplateDraft("Notka", null,
                Map.of("pl", new MailTemplateText("Trzeci", "a", null))), first.version()));
        assertThrows(ConflictException.class, () -> templates.save("note", new MailTemplateDraft("Notka", null,
                Map.of("pl", new MailTemplateText("Nowy", "a", null))), null), "it exists already");
        templates.delete("note");
        assertTrue(templates.find("note").isEmpty());
    }

    @Test
    void composingNeedsAnExistingRecordAndALanguageTheTemplateHas() {
        assertEquals("recordId", assertThrows(ValidationException.class, () -> templates.compose(
                new ComposeRequest("invoice", "pl", null, null, null))).errors().get(0).field());
        assertEquals("template", assertThrows(ValidationException.class, () -> templates.compose(
                new ComposeRequest("payment-reminder", "pl", 7L, null, null))).errors().get(0).field(),
                "no module gives payment reminders' placeholders here");
        templates.save("letter", new MailTemplateDraft("List", "counterparty",
                Map.of("pl", new MailTemplateText("T", "t", null))), null);
        assertThrows(NotFoundException.class, () -> templates.compose(new ComposeRequest("letter", "pl", 999L, null, null)));
        assertEquals("language", assertThrows(ValidationException.class, () -> templates.compose(
                new ComposeRequest("letter", "en", acme.id(), null, null))).errors().get(0).field());
        assertThrows(NotFoundException.class, () -> templates.compose(new ComposeRequest("nothing", "pl", 1L, null, null)));
    }

    @Test
    void onlyAdminsWriteTemplatesAndViewersPreview() {
        templates.save("hello", new MailTemplateDraft("Powitanie", null,
                Map.of("pl", new MailTemplateText("T", "Dzień dobry ${contact.name}", null))), null);
        f.operator(2, "ola", Role.OPERATOR);
        f.operator(3, "widz", Role.VIEWER);
        f.as("ola");
        assertThrows(AccessDeniedException.class, () -> templates.save("mine", new MailTemplateDraft("Moje", null,
                Map.of("pl", new MailTemplateText("T", "t", null))), null));
        assertThrows(AccessDeniedException.class, () -> templates.delete("invoice"));
        f.as("widz");
        assertEquals(5, templates.list().size());
        assertEquals("Dzień dobry Jan Nowak", templates.compose(new ComposeRequest("hello", null, null, null,
                "jan@acme.pl")).text());
    }
}
