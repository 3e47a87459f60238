package dev.relacja.invoicing.impl.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountInWordsTest {
    private static final AmountInWords WORDS = new AmountInWords();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0          | zero złotych 00/100",
        "0.01       | zero złotych 01/100",
        "1          | jeden złoty 00/100",
        "1.5        | jeden złoty 50/100",
        "2          | dwa złote 00/100",
        "4.99       | cztery złote 99/100",
        "5          | pięć złotych 00/100",
        "11         | jedenaście złotych 00/100",
        "12         | dwanaście złotych 00/100",
        "13         | trzynaście złotych 00/100",
        "14         | czternaście złotych 00/100",
        "21         | dwadzieścia jeden złotych 00/100",
        "22         | dwadzieścia dwa złote 00/100",
        "24         | dwadzieścia cztery złote 00/100",
        "25         | dwadzieścia pięć złotych 00/100",
        "100        | sto złotych 00/100",
        "112        | sto dwanaście złotych 00/100",
        "122        | sto dwadzieścia dwa złote 00/100",
        "123.45     | sto dwadzieścia trzy złote 45/100",
        "1000       | jeden tysiąc złotych 00/100",
        "1002       | jeden tysiąc dwa złote 00/100",
        "1234.56    | jeden tysiąc dwieście trzydzieści cztery złote 56/100",
        "2000       | dwa tysiące złotych 00/100",
        "5000       | pięć tysięcy złotych 00/100",
        "12000      | dwanaście tysięcy złotych 00/100",
        "21000      | dwadzieścia jeden tysięcy złotych 00/100",
        "112013     | sto dwanaście tysięcy trzynaście złotych 00/100",
        "1000000    | jeden milion złotych 00/100",
        "1001000    | jeden milion jeden tysiąc złotych 00/100",
        "2000000    | dwa miliony złotych 00/100",
        "5000000    | pięć milionów złotych 00/100",
        "1000000000 | jeden miliard złotych 00/100",
        "1234567891.23 | jeden miliard dwieście trzydzieści cztery miliony pięćset sześćdziesiąt siedem tysięcy osiemset dziewięćdziesiąt jeden złotych 23/100",
        "1000000000000 | jeden bilion złotych 00/100",
    })
    void spellsTheZlotyWithTheRightNounAndTheGroszeInDigits(String amount, String words) {
        assertEquals(words, WORDS.format(new BigDecimal(amount)));
    }

    @Test
    void spellsEverythingBelowTenToTheEighteenth() {
        String largest = WORDS.format(new BigDecimal("999999999999999999.99"));
        assertTrue(largest.startsWith("dziewięćset dziewięćdziesiąt dziewięć biliardów "), largest);
        assertTrue(largest.endsWith(" dziewięćset dziewięćdziesiąt dziewięć złotych 99/100"), largest);
        // words all the way: ICU would fall back to digits beyond its range
        assertTrue(largest.substring(0, largest.length() - "99/100".length()).chars().noneMatch(Character::isDigit),
                largest);
    }

    @Test
    void refusesNegativeAmountsFractionsOfAGroszAndAmountsItCannotSpell() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> WORDS.format(new BigDecimal("-1.00")));
        assertTrue(negative.getMessage().contains("never negative"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WORDS.format(new BigDecimal("1.005")));
        assertThrows(IllegalArgumentException.class, () -> WORDS.format(BigDecimal.TEN.pow(18)));
        assertEquals("jeden złoty 50/100", WORDS.format(new BigDecimal("1.500")));
    }

    @Test
    void choosesTheNounByTheLastTwoDigits() {
        assertEquals("złotych", AmountInWords.noun(0));
        assertEquals("złoty", AmountInWords.noun(1));
        assertEquals("złotych", AmountInWords.noun(101));
        assertEquals("złote", AmountInWords.noun(102));
        assertEquals("złotych", AmountInWords.noun(1012));
        assertEquals("złote", AmountInWords.noun(1_000_033));
        assertEquals("złotych", AmountInWords.noun(1_000_114));
    }
}
