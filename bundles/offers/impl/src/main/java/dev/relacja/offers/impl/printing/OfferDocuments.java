package dev.relacja.offers.impl.printing;

import dev.relacja.contacts.api.Address;
import dev.relacja.contacts.api.ContactPerson;
import dev.relacja.contacts.api.Counterparty;
import dev.relacja.contacts.api.CounterpartyService;
import dev.relacja.core.api.company.CompanyProfile;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.security.Operator;
import dev.relacja.core.api.security.OperatorService;
import dev.relacja.documents.api.DocumentRenderer;
import dev.relacja.documents.api.RenderingException;
import dev.relacja.offers.api.Offer;
import dev.relacja.offers.api.OfferPrintouts;
import dev.relacja.offers.impl.template.OfferTemplateCodes;
import dev.relacja.offers.impl.template.StoredOfferTemplates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Renders an offer the caller already holds (the current one or a frozen revision) with the built-in templates (or
 * a partner's of the same name) through the documents API, and gives e-mail templates its placeholders. Finding
 * the offer is the callers' concern, so that the sending of offers can print without the offer service.
 */
@Component(service = OfferDocuments.class, configurationPid = OfferDocuments.PID)
@Designate(ocd = OfferDocuments.Config.class)
public class OfferDocuments {
    static final String PID = "dev.relacja.offers.printing";
    private static final List<String> TEMPLATES = List.of(OfferPrintouts.FORMAL, OfferPrintouts.COMPACT);

    /** Configuration PID {@value #PID} (etc/dev.relacja.offers.printing.cfg). */
    @ObjectClassDefinition(name = "Relacja offer printouts",
            description = "What an offer prints with when the caller does not say (e-mails with the offer attached)")
    public @interface Config {
        @AttributeDefinition(description = "Template offers print with by default: formal, compact or the code of"
                + " an admin's offer template")
        String defaultTemplate() default OfferPrintouts.FORMAL;

        @AttributeDefinition(description = "Language offers print in by default: pl or en")
        String defaultLanguage() default "pl";
    }

    private final CounterpartyService counterparties;
    private final CompanyProfileService company;
    private final OperatorService operators;
    private final DocumentRenderer renderer;
    private final StoredOfferTemplates stored;
    private final String defaultTemplate;
    private final PrintLanguage defaultLanguage;

    @Activate
    public OfferDocuments(@Reference CounterpartyService counterparties, @Reference CompanyProfileService company,
            @Reference OperatorService operators, @Reference DocumentRenderer renderer,
            @Reference StoredOfferTemplates stored, Config config) {
        this(counterparties, company, operators, renderer, stored, config.defaultTemplate(),
                config.defaultLanguage());
    }

    /** Printing outside OSGi, e.g. in tests; refuses defaults it does not know, naming the configuration. */
    public OfferDocuments(CounterpartyService counterparties, CompanyProfileService company,
            OperatorService operators, DocumentRenderer renderer, StoredOfferTemplates stored, String defaultTemplate,
            String defaultLanguage) {
        this.counterparties = counterparties;
        this.company = company;
        this.operators = operators;
        this.renderer = renderer;
        this.stored = stored;
        try {
            this.defaultTemplate = template(defaultTemplate);
            this.defaultLanguage = PrintLanguage.of(defaultLanguage);
        } catch (ValidationException e) {
            throw new IllegalArgumentException("Configuration " + PID + ": " + e.getMessage(), e);
        }
    }

    /**
     * The offer's PDF; a null template takes the offer's own, else the configured default, a null language the
     * configured default.
     *
     * @throws ValidationException naming {@code template} or {@code language} when either is not one offered
     */
    public byte[] pdf(Offer offer, String template, String language) {
        String chosen = template != null ? template(template)
                : offer.printTemplate() != null ? offer.printTemplate() : defaultTemplate;
        if (TEMPLATES.contains(chosen)) {
            return renderer.renderPdf(OffersTemplates.named(chosen), model(offer, language(language)));
        }
        String name = stored.nameOf(chosen).orElseThrow(() -> new ValidationException("template", "offers print"
                + " with " + String.join(", ", TEMPLATES) + " or an admin's offer template; there is no '" + chosen
                + "'"));
        return userPdf(chosen, name, offer, language);
    }

    /**
     * The offer printed with an admin's template {@code code} the engine knows as {@code name}; its failures are
     * the admin's to fix, so they come back naming the template and its line, and give no PDF.
     *
     * @throws ValidationException naming {@code template} when the template fails, runs out of time or its
     *     XSL-FO is refused
     */
    public byte[] userPdf(String code, String name, Offer offer, String language) {
        try {
            return renderer.renderPdf(name, model(offer, language(language)));
        } catch (RenderingException e) {
            if (e.reason() == RenderingException.Reason.BUSY
                    || e.reason() == RenderingException.Reason.UNKNOWN_TEMPLATE) {
                throw e;
            }
            throw new ValidationException("template", "Offer template '" + code + "'"
                    + (e.line() > 0 ? ", line " + e.line() : "") + ": " + e.getMessage().replace(name, code));
        }
    }

    private PrintLanguage language(String language) {
        return language == null ? defaultLanguage : PrintLanguage.of(language);
    }

    /** What the default template sees, also e-mails about the offer ({@link OfferModelProvider}). */
    Map<String, Object> model(Offer offer) {
        return model(offer, defaultLanguage);
    }

    /** The language offers print in by default, "pl" or "en". */
    public String defaultLanguage() {
        return defaultLanguage.code();
    }

    /** The PDF's file name by the offer's label: "OF/12/2026 r2" → "offer-OF-12-2026-r2.pdf". */
    public static String fileName(String label) {
        return "offer-" + label.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+", "-") + ".pdf";
    }

    private Map<String, Object> model(Offer offer, PrintLanguage language) {
        Counterparty buyer = counterparties.find(offer.counterpartyId())
                .orElseThrow(() -> new NotFoundException("Counterparty", offer.counterpartyId()));
        String contact = offer.contactPersonId() == null ? null
                : counterparties.findContactPerson(offer.contactPersonId()).map(ContactPerson::name).orElse(null);
        String owner = operators.find(offer.ownerId()).map(OfferDocuments::signature).orElse(null);
        return OfferPrintModel.of(offer, seller(company.get()), buyer(buyer), contact, owner, language);
    }

    /** A built-in template's name or an admin's template's code as written; which one exists is asked later. */
    private static String template(String value) {
        String name = value.strip().toLowerCase(Locale.ROOT);
        if (!TEMPLATES.contains(name) && !OfferTemplateCodes.valid(name)) {
            throw new ValidationException("template", "offers print with " + String.join(", ", TEMPLATES)
                    + " or an admin's offer template, not '" + value.strip() + "'");
        }
        return name;
    }

    private static String signature(Operator operator) {
        return operator.email() == null || operator.email().isBlank() ? operator.displayName()
                : operator.displayName() + ", " + operator.email();
    }

    private static OfferPrintModel.PartyView seller(CompanyProfile profile) {
        return new OfferPrintModel.PartyView(profile.name(), orBlank(profile.nip()),
                addressLines(profile.street(), profile.postalCode(), profile.city(), profile.country()));
    }

    private static OfferPrintModel.PartyView buyer(Counterparty counterparty) {
        Address address = counterparty.addresses() == null ? null : counterparty.addresses().registered();
        return new OfferPrintModel.PartyView(counterparty.name(), orBlank(counterparty.nip()), address == null
                ? List.of() : addressLines(address.street(), address.postalCode(), address.city(), address.country()));
    }

    private static List<String> addressLines(String street, String postalCode, String city, String country) {
        List<String> lines = new ArrayList<>();
        if (street != null && !street.isBlank()) {
            lines.add(street.strip());
        }
        String place = (orBlank(postalCode).strip() + " " + orBlank(city).strip()).strip();
        if (!place.isEmpty()) {
            lines.add(place);
        }
        if (country != null && !country.isBlank() && !"PL".equalsIgnoreCase(country.strip())) {
            lines.add(country.strip());
        }
        return lines;
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
