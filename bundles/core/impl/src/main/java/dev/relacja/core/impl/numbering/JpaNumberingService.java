package dev.relacja.core.impl.numbering;

import dev.relacja.core.api.error.NotFoundException;
import dev.relacja.core.api.error.ValidationException;
import dev.relacja.core.api.numbering.NumberPattern;
import dev.relacja.core.api.numbering.NumberingSeries;
import dev.relacja.core.api.numbering.NumberingService;
import dev.relacja.core.api.numbering.ResetPeriod;
import dev.relacja.core.api.security.CallerContext;
import dev.relacja.core.api.security.Role;
import dev.relacja.core.impl.persistence.CoreSchema;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.persistence.LockModeType;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Allocates numbers under a pessimistic lock on the series row, inside the caller's transaction:
 * concurrent issuers queue on the lock, and a rollback returns the number with everything else.
 */
@Component
public class JpaNumberingService implements NumberingService {
    private final JpaTemplate jpa;
    private final CallerContext callers;

    @Activate
    public JpaNumberingService(
            @Reference(target = "(osgi.unit.name=relacja-core)") JpaTemplate jpa,
            @Reference CallerContext callers,
            @Reference CoreSchema schema) {
        this.jpa = jpa;
        this.callers = callers;
    }

    @Override
    public NumberingSeries define(String code, String pattern, ResetPeriod reset) {
        callers.require(Role.ADMIN);
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new ValidationException("code", "use 1 to 32 letters, digits, '-' or '_'");
        }
        NumberPattern parsed;
        try {
            parsed = NumberPattern.parse(pattern);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("pattern", e.getMessage());
        }
        Optional<String> warning = parsed.warningFor(reset);
        if (warning.isPresent()) {
            throw new ValidationException("pattern", warning.get());
        }
        jpa.tx(TransactionType.Required, em -> {
            NumberSeriesEntity existing = em.find(NumberSeriesEntity.class, code, LockModeType.PESSIMISTIC_WRITE);
            if (existing == null) {
                em.persist(new NumberSeriesEntity(code, parsed.pattern(), reset.name()));
            } else {
                existing.redefine(parsed.pattern(), reset.name());
            }
        });
        return new NumberingSeries(code, parsed, reset);
    }

    @Override
    public Optional<NumberingSeries> find(String code) {
        return Optional.ofNullable(jpa.txExpr(TransactionType.Supports, em -> em.find(NumberSeriesEntity.class, code)))
                .map(JpaNumberingService::toSeries);
    }

    @Override
    public List<NumberingSeries> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("select s from NumberSeriesEntity s order by s.code", NumberSeriesEntity.class)
                .getResultList())
                .stream().map(JpaNumberingService::toSeries).toList();
    }

    @Override
    public String allocate(String seriesCode, LocalDate documentDate) {
        return jpa.txExpr(TransactionType.Required, em -> {
            NumberSeriesEntity series = em.find(NumberSeriesEntity.class, seriesCode, LockModeType.PESSIMISTIC_WRITE);
            if (series == null) {
                throw new NotFoundException("Numbering series", seriesCode);
            }
            NumberingSeries definition = toSeries(series);
            String period = definition.reset().periodKey(documentDate);
            NumberCounterEntity counter = em.find(NumberCounterEntity.class, new NumberCounterEntity.Key(seriesCode, period));
            if (counter == null) {
                counter = new NumberCounterEntity(seriesCode, period);
                em.persist(counter);
            }
            return definition.pattern().format(counter.next(), documentDate);
        });
    }

    private static NumberingSeries toSeries(NumberSeriesEntity e) {
        return new NumberingSeries(e.code(), NumberPattern.parse(e.pattern()), ResetPeriod.valueOf(e.resetPeriod()));
    }
}
