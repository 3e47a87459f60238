package dev.relacja.core.impl.company;

import dev.relacja.core.api.company.CompanyProfile;
import dev.relacja.core.api.company.CompanyProfileService;
import dev.relacja.core.api.error.FieldError;
import dev.relacja.core.api.error.StaleVersionException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.events.DomainEvents;
import dev.relacja.core.api.events.RelacjaEvents;
import dev.relacja.core.api.identifiers.Iban;
import dev.relacja.core.api.identifiers.Nip;
import dev.relacja.core.api.identifiers.Regon;
import dev.relacja.core.api.security.Caller;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.core.impl.persistence.CoreSchema;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The company profile: any operator reads it, admins change it, every identifier checked. */
@Component
public class JpaCompanyProfileService implements CompanyProfileService {
    private final JpaTemplate jpa;
    private final CallerContext callers;
    private final DomainEvents events;

    @Activate
    public JpaCompanyProfileService(@Reference(target = "(osgi.unit.name=relacja-core)") JpaTemplate jpa,
            @Reference CallerContext callers, @Reference DomainEvents events, @Reference CoreSchema schema) {
        this.jpa = jpa;
        this.callers = callers;
        this.events = events;
    }

    @Override
    public CompanyProfile get() {
        callers.require(Role.VIEWER);
        return jpa.txExpr(TransactionType.Supports, em -> em.find(CompanyEntity.class, CompanyEntity.ID).toProfile());
    }

    @Override
    public CompanyProfile update(long expectedVersion, CompanyProfile profile) {
        Caller admin = callers.require(Role.ADMIN);
        CompanyProfile valid = validated(profile);
        CompanyProfile saved = jpa.txExpr(TransactionType.Required, em -> {
            CompanyEntity entity = em.find(CompanyEntity.class, CompanyEntity.ID);
            if (entity.version() != expectedVersion) {
                throw new StaleVersionException("Company profile", CompanyEntity.ID, expectedVersion, entity.version());
            }
            entity.apply(valid);
            em.flush();
            return entity.toProfile();
        });
        events.publishAfterCommit("core", "COMPANY_PROFILE_UPDATED", Map.of(RelacjaEvents.OPERATOR, admin.username()));
        return saved;
    }

    /** Refuses what would not fit its column, instead of letting the database fail the request. */
    private static void atMost(String value, int max, String field, List<FieldError> errors) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }

    private static CompanyProfile validated(CompanyProfile p) {
        if (p == null) {
            throw new ValidationException("body", "send the company profile");
        }
        List<FieldError> errors = new ArrayList<>();
        if (p.name() == null || p.name().isBlank() || p.name().length() > 250) {
            errors.add(new FieldError("name", "give a name of 1 to 250 characters"));
        }
        String nip = p.nip() == null || p.nip().isBlank() ? null : Nip.normalize(p.nip());
        if (nip != null) {
            Nip.problem(nip).ifPresent(problem -> errors.add(new FieldError("nip", problem)));
        }
        String regon = p.regon() == null || p.regon().isBlank() ? null : Regon.normalize(p.regon());
        if (regon != null) {
            Regon.problem(regon).ifPresent(problem -> errors.add(new FieldError("regon", problem)));
        }
        String country = p.country() == null ? "PL" : p.country().strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            errors.add(new FieldError("country", "use a two-letter ISO country code"));
        }
        if (p.email() != null && !p.email().isBlank()
                && (p.email().length() > 254 || !p.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            errors.add(new FieldError("email", "not an e-mail address: " + p.email()));
        }
        atMost(p.street(), 200, "street", errors);
        atMost(p.postalCode(), 20, "postalCode", errors);
        atMost(p.city(), 100, "city", errors);
        atMost(p.phone(), 40, "phone", errors);
        List<String> accounts = new ArrayList<>();
        for (String account : p.bankAccounts() == null ? List.<String>of() : p.bankAccounts()) {
            if (account == null) {
                errors.add(new FieldError("bankAccounts", "a bank account cannot be empty"));
                continue;
            }
            String iban = Iban.normalize(account.matches("[0-9 ]{26,32}") ? "PL" + account : account);
            Iban.problem(iban).ifPresentOrElse(problem -> errors.add(new FieldError("bankAccounts", problem)),
                    () -> accounts.add(iban));
        }
        atMost(String.join("\n", accounts), 1000, "bankAccounts", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CompanyProfile(p.name().strip(), nip, regon, p.street(), p.postalCode(), p.city(), country,
                p.email() == null || p.email().isBlank() ? null : p.email().strip(), p.phone(), accounts, p.logoFileId(),
                p.defaultCurrency() == null ? Currency.getInstance("PLN") : p.defaultCurrency(),
                p.timeZone() == null ? ZoneId.of("Europe/Warsaw") : p.timeZone(), p.version());
    }
}
