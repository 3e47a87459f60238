package dev.relacja.mailbox.impl.templates;

import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.core.api.security.Role;
import dev.relacja.documents.api.DocumentRenderer;
import dev.relacja.documents.api.RenderingException;
import dev.relacja.mailbox.api.ComposeRequest;
import dev.relacja.mailbox.api.ComposedMail;
import dev.relacja.mailbox.api.MailAccount;
import dev.relacja.mailbox.api.MailTemplate;
import dev.relacja.mailbox.api.MailTemplateDraft;
import dev.relacja.mailbox.api.MailTemplateService;
import dev.relacja.mailbox.api.MailTemplateText;
import dev.relacja.mailbox.api.MailboxService;
import dev.relacja.mailbox.impl.persistence.TemplateStore;
import dev.relacja.mailbox.impl.templates.TemplateNames.Stored;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Message templates: kept by {@link TemplateStore}, rendered by the platform's engine through
 * {@link StoredTemplateProvider}, with the record's placeholders from {@link TemplateModels} and the mail's own
 * (contact, operator, account, today). The built-in templates are written to the database when missing.
 */
@Component
public class MailTemplateServiceImpl implements MailTemplateService {
    private static final String PREFERRED_LANGUAGE = "pl";

    private final CallerContext callers;
    private final TemplateStore store;
    private final StoredTemplateProvider provider;
    private final TemplateModels models;
    private final DocumentRenderer renderer;
    private final OperatorService operators;
    private final CounterpartyService counterparties;
    private final MailboxService mailbox;
    private final CompanyProfileService company;
    private final Clock clock;

    @Activate
    public MailTemplateServiceImpl(@Reference CallerContext callers, @Reference TemplateStore store,
            @Reference StoredTemplateProvider provider, @Reference TemplateModels models,
            @Reference DocumentRenderer renderer, @Reference OperatorService operators,
            @Reference CounterpartyService counterparties, @Reference MailboxService mailbox,
            @Reference CompanyProfileService company) {
        this(callers, store, provider, models, renderer, operators, counterparties, mailbox, company, Clock.systemUTC());
        installBuiltIns();
    }

    /** The service outside OSGi (tests). */
    public MailTemplateServiceImpl(CallerContext callers, TemplateStore store, StoredTemplateProvider provider,
            TemplateModels models, DocumentRenderer renderer, OperatorService operators,
            CounterpartyService counterparties, MailboxService mailbox, CompanyProfileService company, Clock clock) {
        this.callers = callers;
        this.store = store;
        this.provider = provider;
        this.models = models;
        this.renderer = renderer;
        this.operators = operators;
        this.counterparties = counterparties;
        this.mailbox = mailbox;
        this.company = company;
        this.clock = clock;
    }

    /** Writes the built-in templates that are not in the database yet; never overwrites an admin's edit. */
    public void installBuiltIns() {
        BuiltInTemplates.all().forEach((code, draft) -> {
            if (store.find(code).isEmpty()) {
                store.create(code, draft, true, "relacja");
            }
        });
    }

    @Override
    public List<MailTemplate> list() {
        callers.require(Role.VIEWER);
        return store.list();
    }

    @Override
    public Optional<MailTemplate> find(String code) {
        callers.require(Role.VIEWER);
        return store.find(code);
    }

    @Override
    public MailTemplate save(String code, MailTemplateDraft draft, Long expectedVersion) {
        Caller caller = callers.require(Role.ADMIN);
        MailTemplateDraft checked = TemplateChecks.checked(code, draft, models.recordTypes());
        checkSyntax(checked);
        return expectedVersion == null ? store.create(code, checked, false, caller.username())
                : store.update(code, expectedVersion, checked, caller.username());
    }

    @Override
    public void delete(String code) {
        callers.require(Role.ADMIN);
        store.delete(code);
    }

    @Override
    public ComposedMail compose(ComposeRequest request) {
        Caller caller = callers.require(Role.VIEWER);
        try {
            return compose(caller, request);
        } catch (RenderingException e) {
            if (e.reason() != RenderingException.Reason.UNKNOWN_TEMPLATE) {
                throw e;
            }
            // an admin saved a new version between reading the template and rendering it: once more, with that one
            return compose(caller, request);
        }
    }

    private ComposedMail compose(Caller caller, ComposeRequest request) {
        MailTemplate template = store.find(request.template())
                .orElseThrow(() -> new NotFoundException("Mail template", request.template()));
        String language = language(template, request.language());
        Map<String, Object> model = new HashMap<>(recordModel(template, request.recordId()));
        model.put("contact", contact(request.recipient()));
        model.put("operator", operator(caller));
        model.put("account", account(request.account()));
        model.put("today", LocalDate.now(clock.withZone(company.get().timeZone())));
        MailTemplateText text = template.texts().get(language);
        String subject = render(new Stored(template.code(), template.version(), language, TemplateNames.SUBJECT), model);
        String body = render(new Stored(template.code(), template.version(), language, TemplateNames.TEXT), model);
        String html = text.html() == null ? null
                : render(new Stored(template.code(), template.version(), language, TemplateNames.HTML), model);
        // a subject is one header line
        return new ComposedMail(subject.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip(), body, html);
    }

    private static String language(MailTemplate template, String requested) {
        if (requested == null || requested.isBlank()) {
            return template.texts().containsKey(PREFERRED_LANGUAGE) ? PREFERRED_LANGUAGE
                    : template.texts().keySet().iterator().next();
        }
        if (!template.texts().containsKey(requested)) {
            throw new ValidationException("language", "Mail template '" + template.code() + "' has no text in '"
                    + requested + "'; it has " + String.join(", ", template.texts().keySet()));
        }
        return requested;
    }

    private Map<String, Object> recordModel(MailTemplate template, Long recordId) {
        if (template.recordType() == null) {
            return Map.of();
        }
        if (recordId == null) {
            throw new ValidationException("recordId", "Mail template '" + template.code() + "' is about a record of type "
                    + template.recordType() + ": recordId is required");
        }
        if (!models.recordTypes().contains(template.recordType())) {
            throw new ValidationException("template", "Mail template '" + template.code() + "' is about records of type "
                    + template.recordType() + ", but no installed module gives their placeholders");
        }
        return models.model(template.recordType(), recordId)
                .orElseThrow(() -> new NotFoundException(template.recordType(), recordId));
    }

    private Map<String, Object> contact(String recipient) {
        if (recipient == null || recipient.isBlank()) {
            return Map.of("name", "", "email", "");
        }
        String name = counterparties.ownerOfEmail(recipient)
                .filter(owner -> owner.contactPersonId() != null)
                .flatMap(owner -> counterparties.contactPersons(owner.counterpartyId()).stream()
                        .filter(person -> person.id() == owner.contactPersonId()).findFirst())
                .map(ContactPerson::name).orElse("");
        return Map.of("name", name, "email", recipient.strip());
    }

    private Map<String, Object> operator(Caller caller) {
        Optional<Operator> operator = operators.find(caller.operatorId());
        return Map.of("name", operator.map(Operator::displayName).orElse(caller.username()),
                "email", operator.map(Operator::email).filter(e -> e != null).orElse(""),
                "username", caller.username());
    }

    private Map<String, Object> account(String name) {
        List<MailAccount> usable = mailbox.accounts();
        Optional<MailAccount> account = name == null || name.isBlank()
                ? (usable.size() == 1 ? Optional.of(usable.get(0)) : Optional.empty())
                : usable.stream().filter(a -> a.name().equals(name)).findFirst();
        if (name != null && !name.isBlank() && account.isEmpty()) {
            throw new NotFoundException("Mail account", name);
        }
        return Map.of("name", account.map(MailAccount::name).orElse(""),
                "fromName", account.map(MailAccount::displayName).filter(n -> n != null).orElse(""),
                "fromAddress", account.map(MailAccount::address).orElse(""));
    }

    private String render(Stored part, Map<String, Object> model) {
        try {
            return renderer.renderText(part.name(), model);
        } catch (RenderingException e) {
            if (e.reason() != RenderingException.Reason.TEMPLATE_ERROR) {
                throw e;
            }
            throw new ValidationException(field(part.language(), part.part()), "Mail template '" + part.code() + "' ("
                    + part.language() + ", " + label(part.part()) + "): " + withoutName(e, part.name()));
        }
    }

    private void checkSyntax(MailTemplateDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        draft.texts().forEach((language, text) -> {
            check(errors, language, TemplateNames.SUBJECT, text.subject());
            check(errors, language, TemplateNames.TEXT, text.text());
            if (text.html() != null) {
                check(errors, language, TemplateNames.HTML, text.html());
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void check(List<FieldError> errors, String language, String part, String text) {
        provider.withDraft(part, text, name -> {
            try {
                renderer.check(name);
            } catch (RenderingException e) {
                errors.add(new FieldError(field(language, part), label(part) + ": " + withoutName(e, name)));
            }
            return null;
        });
    }

    private static String field(String language, String part) {
        return "texts." + language + "." + switch (part) {
            case TemplateNames.SUBJECT -> "subject";
            case TemplateNames.TEXT -> "text";
            default -> "html";
        };
    }

    private static String label(String part) {
        return switch (part) {
            case TemplateNames.SUBJECT -> "subject";
            case TemplateNames.TEXT -> "text";
            default -> "HTML";
        };
    }

    /** The engine's message without the internal template name, which means nothing to the admin. */
    private static String withoutName(RenderingException e, String name) {
        return e.getMessage().replace("Template '" + name + "' ", "").replace(" of '" + name + "'", "")
                .replace("in template \"" + name + "\" ", "");
    }
}
