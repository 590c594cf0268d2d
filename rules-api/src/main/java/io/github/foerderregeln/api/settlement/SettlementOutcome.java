package io.github.foerderregeln.api.settlement;

/** What a settlement comes to (docs/settlement.md, "What a settlement returns"). */
public enum SettlementOutcome {
    /** More was paid than the final grant: the difference is refunded. */
    REFUND,
    /** Less was paid than the final grant: the rest is paid. */
    FINAL_PAYMENT,
    /** Exactly the final grant was paid. */
    BALANCED,
    /** A figure cannot be computed (no Basiszinssatz for a day of an interest period). */
    INCOMPLETE
}
