package dev.relacja.invoicing.impl.ksef;

/**
 * What FA(3) asks of the company that invoices do not record: whether it settles VAT by the cash method
 * (P_16) and the legal basis of its VAT exemption (P_19A), null or blank when it has none.
 */
record Fa3Settings(boolean cashMethod, String exemptionBasis) {
    boolean hasExemptionBasis() {
        return exemptionBasis != null && !exemptionBasis.isBlank();
    }
}
