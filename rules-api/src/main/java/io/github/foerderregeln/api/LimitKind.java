package io.github.foerderregeln.api;

/**
 * The limits a grant is the lowest of. When two limits are equal, the one listed first binds:
 * the order is that of the rule table of docs/rules.md.
 */
public enum LimitKind {
    /** The funding rate times the eligible costs (Förderquote). */
    RATE,
    /** The call's highest grant (Höchstbetrag). */
    CEILING,
    /** The amount requested (beantragte Zuwendung). */
    REQUESTED,
    /** Eligible costs less other funding of the same costs (Verbot der Doppelförderung). */
    NO_DOUBLE_FUNDING,
    /** The de-minimis ceiling less the aid already granted in the window. */
    DEMINIMIS
}
