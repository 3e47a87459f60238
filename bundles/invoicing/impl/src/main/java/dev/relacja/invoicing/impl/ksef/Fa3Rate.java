package dev.relacja.invoicing.impl.ksef;

import dev.relacja.core.api.money.VatRate;

/**
 * How each of Relacja's VAT rates shows in FA(3): a line's P_12 code and the totals' P_13 (net) and P_14 (VAT)
 * fields, declared in the schema's order of those fields, which the writer follows. Relacja's rates are
 * domestic: 0 % is "0 KR" (neither intra-EU supply nor export), np is "np I" (supply outside Poland, not the
 * art. 100 services of "np II"), oo is domestic reverse charge; rates without VAT have no P_14 field.
 */
enum Fa3Rate {
    R23("23", "P_13_1", "P_14_1"),
    R8("8", "P_13_2", "P_14_2"),
    R5("5", "P_13_3", "P_14_3"),
    R0("0 KR", "P_13_6_1", null),
    ZW("zw", "P_13_7", null),
    NP("np I", "P_13_8", null),
    OO("oo", "P_13_10", null);

    private final String code;
    private final String netField;
    private final String vatField;

    Fa3Rate(String code, String netField, String vatField) {
        this.code = code;
        this.netField = netField;
        this.vatField = vatField;
    }

    /** The FA(3) rate of a VAT rate code as an invoice stores it. */
    static Fa3Rate of(String vatRate) {
        return switch (VatRate.fromCode(vatRate)) {
            case R23 -> R23;
            case R8 -> R8;
            case R5 -> R5;
            case R0 -> R0;
            case ZW -> ZW;
            case NP -> NP;
            case OO -> OO;
        };
    }

    /** The P_12 code. */
    String code() {
        return code;
    }

    String netField() {
        return netField;
    }

    /** The P_14 field, or null for a rate that charges no VAT. */
    String vatField() {
        return vatField;
    }
}
