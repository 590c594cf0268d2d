package io.github.foerderregeln.api.settlement;

/** The limits of the final grant (docs/settlement.md, "Rules"). */
public enum SettlementLimitKind {
    /** The grant decided (Höchstbetrag). */
    GRANT_CAP,
    /** The funding rate times the recognised expenditure. */
    RATE,
    /** Reduced in proportion to other funding received beyond the plan. */
    NEW_COVER,
    /** The recognised expenditure less the other funding received. */
    NO_DOUBLE_FUNDING
}
