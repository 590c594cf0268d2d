package io.github.foerderregeln.api.settlement;

/** From when interest on late use runs (§ 49a Abs. 4 VwVfG: "für die Zeit bis zur zweckentsprechenden Verwendung"). */
public enum LateUseStart {
    /** From the day of the payment. */
    PAYMENT_DATE,
    /** From the end of the time to use a payment. */
    AFTER_WINDOW
}
