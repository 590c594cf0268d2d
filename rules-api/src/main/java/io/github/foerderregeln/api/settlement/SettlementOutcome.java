package io.github.foerderregeln.api.settlement;

import io.github.foerderregeln.api.GermanNamed;

/** What a settlement comes to (docs/settlement.md, "What a settlement returns"). */
public enum SettlementOutcome implements GermanNamed {
    /** More was paid than the final grant: the difference is refunded. */
    REFUND("Erstattung"),
    /** Less was paid than the final grant: the rest is paid. */
    FINAL_PAYMENT("Restzahlung"),
    /** Exactly the final grant was paid. */
    BALANCED("ausgeglichen"),
    /** A figure cannot be computed (no Basiszinssatz for a day of an interest period). */
    INCOMPLETE("unvollständig");

    private final String germanName;

    SettlementOutcome(String germanName) {
        this.germanName = germanName;
    }

    @Override
    public String germanName() {
        return germanName;
    }
}
