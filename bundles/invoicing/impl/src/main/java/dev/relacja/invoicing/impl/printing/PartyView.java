package dev.relacja.invoicing.impl.printing;

import dev.relacja.invoicing.api.InvoiceParty;
import java.util.List;

/** A seller, buyer or counterparty as printouts show it; {@code nip} is "" when there is none. */
public record PartyView(String name, String nip, List<String> addressLines) {

    static PartyView of(InvoiceParty party) {
        return new PartyView(party.name(), party.nip() == null ? "" : party.nip(), party.addressLines());
    }
}
