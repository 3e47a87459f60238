package dev.relacja.invoicing.impl.ksef;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Fa3AddressTest {

    @Test
    void aPolishAddressHasNoCountryLine() {
        assertEquals(Optional.of(new Fa3Address("PL", "ul. Polna 5", "30-001 Kraków")),
                Fa3Address.of(List.of("ul. Polna 5", "30-001 Kraków")));
        assertEquals(Optional.of(new Fa3Address("PL", "30-001 Kraków", null)), Fa3Address.of(List.of("30-001 Kraków")));
    }

    @Test
    void aForeignAddressEndsWithItsCountryCode() {
        assertEquals(Optional.of(new Fa3Address("DE", "Hauptstraße 1", "10115 Berlin")),
                Fa3Address.of(List.of("Hauptstraße 1", "10115 Berlin", "de")));
    }

    @Test
    void noLinesOrACountryAloneIsNoAddress() {
        assertEquals(Optional.empty(), Fa3Address.of(List.of()));
        assertEquals(Optional.empty(), Fa3Address.of(List.of("DE")));
    }
}
