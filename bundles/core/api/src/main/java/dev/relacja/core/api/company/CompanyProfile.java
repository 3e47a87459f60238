package dev.relacja.core.api.company;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * The company that uses Relacja: the seller on every document. Addresses are single lines per part so
 * that printouts and KSeF exports take them as they are.
 */
public record CompanyProfile(
        String name,
        String nip,
        String regon,
        String street,
        String postalCode,
        String city,
        String country,
        String email,
        String phone,
        List<String> bankAccounts,
        Long logoFileId,
        Currency defaultCurrency,
        ZoneId timeZone,
        long version) {
}
