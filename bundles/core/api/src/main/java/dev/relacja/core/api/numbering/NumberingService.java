package dev.relacja.core.api.numbering;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Gap-free document numbers. {@link #allocate} joins the caller's transaction: the number and
 * the document that takes it commit together, and a rollback leaves no hole.
 */
@ProviderType
public interface NumberingService {

    /** Creates the series or changes its pattern and reset period; numbers already issued stay. */
    NumberingSeries define(String code, String pattern, ResetPeriod reset);

    Optional<NumberingSeries> find(String code);

    List<NumberingSeries> list();

    /** The next number of {@code seriesCode} for a document dated {@code documentDate}. */
    String allocate(String seriesCode, LocalDate documentDate);
}
