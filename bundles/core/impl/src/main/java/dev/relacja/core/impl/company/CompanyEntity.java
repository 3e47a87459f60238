package dev.relacja.core.impl.company;

import dev.relacja.core.api.company.CompanyProfile;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** The single company-profile row (id 1), created by the core migration. */
@Entity
@Table(name = "core_company")
public class CompanyEntity {
    static final int ID = 1;

    @Id
    private int id;
    @Column(nullable = false)
    private String name;
    private String nip;
    private String regon;
    private String street;
    @Column(name = "postal_code")
    private String postalCode;
    private String city;
    @Column(nullable = false)
    private String country;
    private String email;
    private String phone;
    @Column(name = "bank_accounts")
    private String bankAccounts;
    @Column(name = "logo_file_id")
    private Long logoFileId;
    @Column(name = "default_currency", nullable = false)
    private String defaultCurrency;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Version
    private long version;

    protected CompanyEntity() {
    }

    long version() {
        return version;
    }

    void apply(CompanyProfile p) {
        name = p.name();
        nip = p.nip();
        regon = p.regon();
        street = p.street();
        postalCode = p.postalCode();
        city = p.city();
        country = p.country();
        email = p.email();
        phone = p.phone();
        bankAccounts = p.bankAccounts().isEmpty() ? null : String.join("\n", p.bankAccounts());
        logoFileId = p.logoFileId();
        defaultCurrency = p.defaultCurrency().getCurrencyCode();
        timeZone = p.timeZone().getId();
    }

    CompanyProfile toProfile() {
        return new CompanyProfile(name, nip, regon, street, postalCode, city, country, email, phone,
                bankAccounts == null ? List.of() : Arrays.asList(bankAccounts.split("\n")), logoFileId,
                Currency.getInstance(defaultCurrency), ZoneId.of(timeZone), version);
    }
}
