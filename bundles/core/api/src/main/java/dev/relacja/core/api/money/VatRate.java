package dev.relacja.core.api.money;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The VAT rates a Polish invoice line can carry, identified by the codes printed on invoices and used in
 * JPK files. Exempt (zw), not-taxable-in-Poland (np) and reverse-charge (oo) lines carry no VAT, like 0%.
 */
public enum VatRate {
    R23("23", 23),
    R8("8", 8),
    R5("5", 5),
    R0("0", 0),
    ZW("zw", 0),
    NP("np", 0),
    OO("oo", 0);

    private final String code;
    private final BigDecimal percent;

    VatRate(String code, int percent) {
        this.code = code;
        this.percent = BigDecimal.valueOf(percent);
    }

    /** The code as printed on invoices: "23", "8", "5", "0", "zw", "np" or "oo". */
    public String code() {
        return code;
    }

    /** The rate in percent; zero for every rate that charges no VAT. */
    public BigDecimal percent() {
        return percent;
    }

    /** Whether VAT is actually charged, that is the rate is above zero. */
    public boolean taxed() {
        return percent.signum() > 0;
    }

    /**
     * Finds the rate for a code, ignoring case and surrounding spaces; numeric codes may end with "%".
     *
     * @throws IllegalArgumentException naming the allowed codes when none matches
     */
    public static VatRate fromCode(String code) {
        Objects.requireNonNull(code, "code");
        String trimmed = code.strip().toLowerCase(Locale.ROOT);
        boolean hasPercentSign = trimmed.endsWith("%");
        String bare = hasPercentSign ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
        for (VatRate rate : values()) {
            if (rate.code.equals(bare) && (!hasPercentSign || rate.isNumeric())) {
                return rate;
            }
        }
        throw new IllegalArgumentException("Unknown VAT rate code '" + code + "'; allowed codes: " + allowedCodes());
    }

    // "zw%" means nothing, so only the numeric rates accept a percent sign
    private boolean isNumeric() {
        return Character.isDigit(code.charAt(0));
    }

    private static String allowedCodes() {
        return Arrays.stream(values()).map(VatRate::code).collect(Collectors.joining(", "));
    }
}
