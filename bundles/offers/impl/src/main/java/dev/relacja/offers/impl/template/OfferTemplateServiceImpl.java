package dev.relacja.offers.impl.template;

import dev.relacja.core.api.error.FieldChecks;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.documents.api.DocumentRenderer;
import dev.relacja.documents.api.RenderingException;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferPrintouts;
import dev.relacja.offers.api.OfferService;
import dev.relacja.offers.api.OfferTemplate;
import dev.relacja.offers.api.OfferTemplateDraft;
import dev.relacja.offers.api.OfferTemplateService;
import dev.relacja.offers.impl.printing.OfferDocuments;
import dev.relacja.offers.impl.printing.OffersTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offer templates: the built-in ones read from the bundle, admins' ones from the store. A text is parsed by the
 * platform's engine before it is stored, so a syntax error comes back naming its line and nothing is saved; what
 * only running shows (a missing value, refused XSL-FO) shows in a preview against a real offer, as the same kind of
 * error, never as a PDF.
 */
@Component
public class OfferTemplateServiceImpl implements OfferTemplateService {
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 200_000;
    private static final List<String> BUILT_IN = List.of(OfferPrintouts.FORMAL, OfferPrintouts.COMPACT);

    private final OfferTemplateStore store;
    private final StoredOfferTemplates stored;
    private final OfferDocuments documents;
    private final OfferService offers;
    private final DocumentRenderer renderer;
    private final CallerContext callers;
    private final OffersTemplates builtIn = new OffersTemplates();

    @Activate
    public OfferTemplateServiceImpl(@Reference OfferTemplateStore store, @Reference StoredOfferTemplates stored,
            @Reference OfferDocuments documents, @Reference OfferService offers,
            @Reference DocumentRenderer renderer, @Reference CallerContext callers) {
        this.store = store;
        this.stored = stored;
        this.documents = documents;
        this.offers = offers;
        this.renderer = renderer;
        this.callers = callers;
    }

    @Override
    public List<OfferTemplate> list() {
        callers.require(Role.VIEWER);
        return Stream.concat(BUILT_IN.stream().map(code -> builtIn(code, false)), store.list().stream()).toList();
    }

    @Override
    public Optional<OfferTemplate> find(String code) {
        callers.require(Role.VIEWER);
        String key = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return BUILT_IN.contains(key) ? Optional.of(builtIn(key, true)) : store.find(key);
    }

    @Override
    public OfferTemplate save(String code, Long expectedVersion, OfferTemplateDraft draft) {
        Caller caller = callers.require(Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        String key = code == null ? "" : code.strip();
        if (BUILT_IN.contains(key)) {
            errors.add(new FieldError("code", "'" + key + "' is a built-in template; save a copy under a code of"
                    + " your own"));
        } else if (!OfferTemplateCodes.valid(key)) {
            errors.add(new FieldError("code", "a template's code is 1–40 of a-z, 0-9 and '-', starting with a letter"
                    + " or digit, not '" + key + "'"));
        }
        CheckedTemplate checked = checked(errors, draft);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return expectedVersion == null ? store.create(key, checked, caller.username())
                : store.update(key, expectedVersion, checked, caller.username());
    }

    @Override
    public void delete(String code, long expectedVersion) {
        callers.require(Role.ADMIN);
        if (BUILT_IN.contains(code)) {
            throw new ValidationException("code", "built-in templates stay; a partner bundle may override one");
        }
        store.delete(code, expectedVersion);
    }

    @Override
    public byte[] preview(String code, long offerId, String language) {
        callers.require(Role.VIEWER);
        if (find(code).isEmpty()) {
            throw new NotFoundException("Offer template", code);
        }
        return documents.pdf(offer(offerId), code, language);
    }

    @Override
    public byte[] preview(OfferTemplateDraft draft, long offerId, String language) {
        callers.require(Role.VIEWER);
        List<FieldError> errors = new ArrayList<>();
        // a preview needs no name: nothing is saved
        CheckedTemplate checked = checked(errors, draft == null ? null
                : new OfferTemplateDraft("preview", draft.basedOn(), draft.text()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Offer offer = offer(offerId);
        return stored.withDraft(checked.text(), name -> documents.userPdf("(not saved)", name, offer, language));
    }

    private Offer offer(long offerId) {
        return offers.find(offerId).orElseThrow(() -> new NotFoundException("Offer", offerId));
    }

    /** The draft with its text (or the built-in it copies), parsed; every broken rule goes to {@code errors}. */
    private CheckedTemplate checked(List<FieldError> errors, OfferTemplateDraft draft) {
        if (draft == null) {
            errors.add(new FieldError("body", "send the template: {\"name\", \"text\"} or {\"name\", \"basedOn\"}"));
            return null;
        }
        String name = FieldChecks.text(errors, "name", draft.name(), MAX_NAME, true);
        String basedOn = draft.basedOn() == null || draft.basedOn().isBlank() ? null
                : draft.basedOn().strip().toLowerCase(Locale.ROOT);
        if (basedOn != null && !BUILT_IN.contains(basedOn)) {
            errors.add(new FieldError("basedOn", "a template starts from " + String.join(" or ", BUILT_IN) + ", not '"
                    + draft.basedOn().strip() + "'"));
            return null;
        }
        String text = draft.text() == null || draft.text().isBlank()
                ? basedOn == null ? null : builtInText(basedOn)
                : draft.text();
        if (text == null) {
            errors.add(new FieldError("text", "send the template's text, or basedOn a built-in one to start from"));
            return null;
        }
        if (text.length() > MAX_TEXT) {
            errors.add(new FieldError("text", "a template has at most " + MAX_TEXT + " characters, not "
                    + text.length()));
            return null;
        }
        String syntaxError = stored.withDraft(text, this::syntaxError);
        if (syntaxError != null) {
            errors.add(new FieldError("text", syntaxError));
        }
        return new CheckedTemplate(name, basedOn, text);
    }

    /** What is wrong with the template's syntax, with its line, or null when it parses. */
    private String syntaxError(String name) {
        try {
            renderer.check(name);
            return null;
        } catch (RenderingException e) {
            return (e.line() > 0 ? "line " + e.line() + ": " : "") + e.getMessage().replace(name, "the template");
        }
    }

    private OfferTemplate builtIn(String code, boolean withText) {
        return new OfferTemplate(code, code.equals(OfferPrintouts.FORMAL) ? "Formal offer (built-in)"
                : "Compact offer (built-in)", true, null, withText ? builtInText(code) : null, 0, null, null);
    }

    private String builtInText(String code) {
        return builtIn.open(OffersTemplates.named(code)).orElseThrow(() -> new IllegalStateException(
                "the built-in offer template " + code + " is missing from the bundle"));
    }
}
