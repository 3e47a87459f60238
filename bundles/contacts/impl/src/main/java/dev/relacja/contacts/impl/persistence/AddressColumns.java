package dev.relacja.contacts.impl.persistence;

import dev.relacja.contacts.api.Address;
import javax.persistence.Embeddable;

/** An address as four columns; all-null columns read back as "no address". */
@Embeddable
public class AddressColumns {
    private String street;
    private String postalCode;
    private String city;
    private String country;

    protected AddressColumns() {
    }

    static AddressColumns of(Address address) {
        AddressColumns columns = new AddressColumns();
        if (address != null) {
            columns.street = address.street();
            columns.postalCode = address.postalCode();
            columns.city = address.city();
            columns.country = address.country();
        }
        return columns;
    }

    Address toAddress() {
        if (street == null && postalCode == null && city == null && country == null) {
            return null;
        }
        return new Address(street, postalCode, city, country);
    }
}
