package dev.relacja.mailbox.impl.persistence;

import dev.relacja.mailbox.api.MailAddress;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Address lists in one column as RFC 5322 text with Unicode names ({@code Jan Nowak <jan@acme.pl>, …}). */
public final class AddressLists {
    private AddressLists() {
    }

    public static String format(List<MailAddress> addresses) {
        if (addresses == null || addresses.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (MailAddress address : addresses) {
            parts.add(format(address));
        }
        return String.join(", ", parts);
    }

    public static String format(MailAddress address) {
        try {
            return new InternetAddress(address.address(), address.name(), StandardCharsets.UTF_8.name()).toUnicodeString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** Reads a column back; what no longer parses (it was stored by Relacja, so never) comes back as written. */
    public static List<MailAddress> parse(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            List<MailAddress> addresses = new ArrayList<>();
            for (InternetAddress address : InternetAddress.parseHeader(column, false)) {
                addresses.add(new MailAddress(address.getAddress(), address.getPersonal()));
            }
            return addresses;
        } catch (AddressException e) {
            return List.of(new MailAddress(column, null));
        }
    }
}
