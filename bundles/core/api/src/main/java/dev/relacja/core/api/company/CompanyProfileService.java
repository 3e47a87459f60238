package dev.relacja.core.api.company;

import org.osgi.annotation.versioning.ProviderType;

/** Reads the company profile (any operator) and changes it (admins). Until set, it holds placeholders and PLN, Europe/Warsaw. */
@ProviderType
public interface CompanyProfileService {

    CompanyProfile get();

    /** Replaces the profile if it is still at {@code expectedVersion}; the version in {@code profile} is ignored. */
    CompanyProfile update(long expectedVersion, CompanyProfile profile);
}
