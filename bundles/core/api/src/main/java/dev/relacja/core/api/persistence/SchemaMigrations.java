package dev.relacja.core.api.persistence;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Brings a module's tables up to date from the versioned SQL scripts the module ships under
 * {@code db/<module>/} ({@code V1__create.sql}, {@code V2__…}); each module keeps its own history table.
 * Modules call it on activation, before their first use of JPA.
 */
@ProviderType
public interface SchemaMigrations {

    /** Applies the pending scripts of {@code module} found in {@code bundle}; fails if a script fails. */
    void migrate(String module, Bundle bundle);
}
